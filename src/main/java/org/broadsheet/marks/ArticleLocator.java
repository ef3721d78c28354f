package org.broadsheet.marks;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/** Finds articles in the archive as it is now, for marks to follow their articles: the index answers. */
public interface ArticleLocator {

    /** The fingerprint of each of these ids that is an article now; ids that are not are left out. */
    Map<String, String> fingerprintsOf(Collection<String> ids) throws IOException;

    /** For each of these fingerprints that some article has now, the id of one such article. */
    Map<String, String> idsWithFingerprints(Collection<String> fingerprints) throws IOException;
}
