package org.broadsheet.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where an article was published, named as readers know it: the outlet a file names, else its address's host. */
final class Outlets {

    /** An outlet's name longer than this is no name. */
    private static final int MAX_LENGTH = 200;

    private Outlets() {
    }

    /**
     * The outlet a file names, else the host of the article's address, else null. A name that is a domain is
     * written as hosts are, so that {@code TheHindu.com} and {@code www.thehindu.com} count as one outlet.
     */
    static String of(String named, String url) {
        if (named != null) {
            String name = Lines.collapseSpaces(named);
            if (name.indexOf(' ') < 0 && name.indexOf('.') > 0) {
                name = name.toLowerCase(Locale.ROOT);
                name = name.startsWith("www.") ? name.substring(4) : name;
            }
            if (!name.isEmpty()) {
                return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
            }
        }
        return hostOf(url);
    }

    /** The host of an address, in lower case and without {@code www.}; null when it has none. */
    static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }
}
