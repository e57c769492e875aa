package eu.hubtable.core.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** Where this hubtable is reached, as the current browser reached it: links we hand out must work from there. */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** The base address ending in "/", or "/" outside a request. */
    public static String base() {
        if (!(VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return "/";
        }
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }
}
