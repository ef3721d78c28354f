package org.broadsheet.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a shared archive lives: a SolrCloud collection, reached through one or more of its nodes' URLs, with
 * the user name and password of Solr's basic authentication when it asks for them. The password is kept in
 * memory only; {@link #toString()} never shows it.
 *
 * @param nodes      base URLs of Solr nodes, as {@code http://host:8983/solr}
 * @param collection the collection's name
 * @param user       the user name for basic authentication, or null
 * @param password   the password, or null
 */
public record SharedArchive(List<String> nodes, String collection, String user, String password) {

    /** Solr's own rule for collection names. */
    private static final Pattern COLLECTION_NAME = Pattern.compile("[a-zA-Z0-9_][a-zA-Z0-9_.-]*");

    public SharedArchive {
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(collection);
    }

    /**
     * Reads what a user wrote: {@code solr} is one node's URL or several, separated by commas.
     *
     * @throws IllegalArgumentException with a message for the user when either cannot be used
     */
    public static SharedArchive of(String solr, String collection, String user, String password) {
        List<String> nodes = new ArrayList<>();
        for (String written : solr.split(",")) {
            nodes.add(nodeUrl(written.strip()));
        }
        if (collection == null || !COLLECTION_NAME.matcher(collection).matches()) {
            throw new IllegalArgumentException("a collection name is letters, digits, '_', '-' and '.', not starting "
                    + "with '-' or '.'" + (collection == null ? "" : ": \"" + collection + "\" is not one"));
        }
        if (password != null && user == null) {
            throw new IllegalArgumentException("a password needs a user name");
        }
        return new SharedArchive(nodes, collection, user, password);
    }

    private static String nodeUrl(String written) {
        try {
            URI uri = new URI(written);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null && uri.getQuery() == null && uri.getFragment() == null) {
                String path = uri.getPath() == null || uri.getPath().isEmpty() || "/".equals(uri.getPath())
                        ? "/solr" : uri.getPath().replaceAll("/+$", "");
                return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), path, null, null).toString();
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException("\"" + written + "\" is not a Solr node's address: write it as "
                + "http://host:8983/solr or https://host:8983/solr, without a user name or password in it");
    }

    /** How it is named in lists and messages: the first node and the collection. */
    public String describe() {
        return collection + " at " + nodes.get(0);
    }

    @Override
    public String toString() {
        return "SharedArchive[" + describe() + (user == null ? "" : ", user " + user) + "]";
    }
}
