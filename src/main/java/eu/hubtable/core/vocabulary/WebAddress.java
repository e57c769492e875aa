package eu.hubtable.core.vocabulary;

import java.net.URI;

/** What members may type as a link: an absolute http(s) address with a real host name, nothing else (no javascript:). */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isValid(String value, int maxLength) {
        try {
            URI uri = URI.create(value.strip());
            return value.length() <= maxLength && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
