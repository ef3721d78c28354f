package org.broadsheet.shared;

import static org.broadsheet.testing.TestArchive.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.article.FieldMap;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster behind Solr's basic authentication: the right user publishes and searches; others are told why not. */
class SharedArchiveAuthenticationTest {

    @TempDir
    static Path temp;

    private static SolrCloudFixture solr;
    private static String nodes;

    @BeforeAll
    static void startCluster() throws Exception {
        solr = SolrCloudFixture.startWithUser(temp.resolve("cluster"), "ann", "s3cret pass");
        nodes = String.join(",", solr.nodeUrls());
        Path folder = Files.createDirectories(temp.resolve("sample"));
        TestArchive.in(folder).withSeeds();
        new Publisher(SharedArchive.of(nodes, "sample", "ann", "s3cret pass"), FieldMap.NONE, false,
                Publisher.Layout.SINGLE).publish(folder, Publisher.Progress.NONE);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        solr.close();
    }

    @Test
    void theUserSearchesWithTheirPassword() throws Exception {
        try (SolrArchiveSearch shared = SolrArchiveSearch.open(SharedArchive.of(nodes, "sample", "ann", "s3cret pass"))) {
            assertEquals(List.of("000_1e1bfa49edc9e94a"), ids(shared.search(SearchRequest.of("navalny")).hits()));
        }
    }

    @Test
    void aWrongPasswordOrNoneIsToldInOneLine() {
        SharedArchiveException wrong = assertThrows(SharedArchiveException.class,
                () -> SolrArchiveSearch.open(SharedArchive.of(nodes, "sample", "ann", "guess")));
        assertEquals("Solr refused the user name or password for sample at " + solr.nodeUrls().get(0),
                wrong.getMessage());
        SharedArchiveException none = assertThrows(SharedArchiveException.class,
                () -> SolrArchiveSearch.open(SharedArchive.of(nodes, "sample", null, null)));
        assertEquals("sample at " + solr.nodeUrls().get(0) + " asks for a user name and password",
                none.getMessage());
    }

    @Test
    void neverShowsThePassword() {
        assertEquals(-1, SharedArchive.of(nodes, "sample", "ann", "s3cret pass").toString().indexOf("s3cret"));
    }
}
