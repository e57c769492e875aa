package eu.hubtable.core.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address hubtable is published at ({@code hubtable.base-url}), for links that leave the
 * browser: mail and calendar entries. Inside a request, {@link PublicAddress} says how this browser
 * reached us.
 */
@Component
public class SiteAddress {

    private final String base;

    SiteAddress(@Value("${hubtable.base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The absolute address of a path such as {@code "events/12"}. */
    public String link(String path) {
        return base + path;
    }
}
