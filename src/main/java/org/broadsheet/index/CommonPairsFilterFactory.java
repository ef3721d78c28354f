package org.broadsheet.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Makes {@link CommonPairsFilter}s pairing the common words of a resource ({@code words}, as
 * {@link CommonWords#encoded()} writes them), or none without one. Named {@value #NAME}, so that a Solr
 * collection pairs the same words as the index its archive was sampled for.
 */
public final class CommonPairsFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    public static final String NAME = "broadsheetCommonPairs";

    private final String wordsResource;
    private volatile CommonWords words = CommonWords.NONE;

    public CommonPairsFilterFactory(Map<String, String> args) {
        super(args);
        wordsResource = get(args, "words");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader only. */
    public CommonPairsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (wordsResource != null) {
            words = readWords(loader, wordsResource);
        }
    }

    /** The common words a resource lists, as {@link CommonWords#encoded()} wrote them. */
    public static CommonWords readWords(ResourceLoader loader, String resource) throws IOException {
        try (InputStream in = loader.openResource(resource)) {
            return CommonWords.decoded(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public TokenStream create(TokenStream input) {
        CommonWords chosen = words;
        return new CommonPairsFilter(input, () -> chosen);
    }
}
