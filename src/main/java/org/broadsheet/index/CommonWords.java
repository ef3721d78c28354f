package org.broadsheet.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.archive.ArticleParts;
import org.broadsheet.article.Article;

/**
 * The words so common in an archive that a phrase of them would have to be checked in most of its articles,
 * word position by word position: {@code "of the"}, {@code "to be a"}. Each pair of them next to each
 * other in an article's title and text is also indexed as one term ({@link CommonPairsFilter}), so such a
 * phrase is found like a single word. This is the common-grams technique of Solr and HathiTrust.
 *
 * <p>An index's common words are chosen once, before its first article, from a sample of the archive, and
 * kept with every commit: every article of an index is indexed with the same words, so a phrase searched
 * through the pairs finds exactly what it finds through the positions. Immutable.
 */
public final class CommonWords {

    /** Below this many sampled articles, a word's frequency says little about the archive. */
    static final int MIN_SAMPLE = 50;
    /** A word in at least this share of the sampled articles is common. */
    static final double MIN_SHARE = 0.9;
    /** At most this many common words come from the sample: each adds pairs to index. */
    static final int MAX_SAMPLED = 100;

    static final String COMMIT_KEY = "broadsheet.commonWords";

    /** English's function words, common in any archive of English news whatever the sample says. */
    private static final Set<String> ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
            .map(word -> new String((char[]) word)).collect(Collectors.toUnmodifiableSet());

    /** No words: phrases are searched by their words' positions only. */
    public static final CommonWords NONE = new CommonWords(Set.of());

    /** English's function words alone, for an index whose archive gave no sample. */
    public static final CommonWords ENGLISH_ONLY = new CommonWords(ENGLISH);

    private final Set<String> words;
    /** The same words, to look up a token's characters without making a string of them. */
    private final CharArraySet lookup;

    private CommonWords(Set<String> words) {
        this.words = Set.copyOf(words);
        this.lookup = CharArraySet.unmodifiableSet(new CharArraySet(this.words, false));
    }

    /**
     * English's function words and the words found in nine sampled articles in ten or more, as the index
     * analyses them (lower-cased, folded, without possessive). Nine in ten, not fewer: each common word adds
     * pairs to index, and phrases of rarer words are checked in few enough articles to be fast anyway.
     */
    public static CommonWords sampledFrom(Collection<Article> sample) {
        Sample counting = new Sample();
        sample.forEach(counting::add);
        return counting.words();
    }

    /**
     * Counts, article by article, how many sampled articles hold each word, keeping no article: the sample is
     * read from the archive as it is counted, so that hundreds of very large articles never sit in memory at
     * once. Of each article, the first {@link #SAMPLED_CHARS} characters count. Not thread-safe.
     */
    public static final class Sample {

        /** Enough of an article to see its common words; a five-megabyte article counts as much as any. */
        static final int SAMPLED_CHARS = 50_000;

        private final Map<String, Integer> articlesWith = new HashMap<>();
        private int articles;

        public void add(Article article) {
            Set<String> inArticle = new HashSet<>();
            int[] budget = {SAMPLED_CHARS};
            try (Analyzer analyzer = Analysis.words()) {
                addWords(analyzer, article.title(), inArticle, budget);
                if (article.standfirst() != null) {
                    addWords(analyzer, article.standfirst(), inArticle, budget);
                }
                for (String paragraph : article.paragraphs()) {
                    if (budget[0] <= 0) {
                        break;
                    }
                    addWords(analyzer, paragraph, inArticle, budget);
                }
            }
            inArticle.forEach(word -> articlesWith.merge(word, 1, Integer::sum));
            articles++;
        }

        /**
         * Articles from files spread evenly over an archive, counted for choosing a new index's common words: the
         * archive's first folder might be a single year or a single section. Each is counted as it is read, a web
         * archive's parts as they come.
         *
         * @param stopped asked before each file; true ends the sample there
         */
        public static Sample spreadOver(List<ArchiveFile> files, ArchiveReader reader, int articles,
                                        BooleanSupplier stopped) {
            Sample sample = new Sample();
            int step = Math.max(1, files.size() / articles);
            for (int at = 0; at < files.size() && sample.size() < articles && !stopped.getAsBoolean(); at += step) {
                ArticleParts counted = part -> part.articles().stream()
                        .limit(Math.max(0, articles - sample.size())).forEach(sample::add);
                counted.take(reader.read(files.get(at), counted));
            }
            return sample;
        }

        /** How many articles were counted. */
        public int size() {
            return articles;
        }

        public CommonWords words() {
            Set<String> common = new HashSet<>(ENGLISH);
            if (articles < MIN_SAMPLE) {
                return new CommonWords(common);
            }
            int needed = (int) Math.ceil(articles * MIN_SHARE);
            articlesWith.entrySet().stream()
                    .filter(entry -> entry.getValue() >= needed)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_SAMPLED)
                    .forEach(entry -> common.add(entry.getKey()));
            return new CommonWords(common);
        }
    }

    /** Adds the words of a text, as much of it as the budget of characters allows, and uses up the budget. */
    private static void addWords(Analyzer analyzer, String text, Set<String> words, int[] budget) {
        String counted = text.length() <= budget[0] ? text : text.substring(0, budget[0]);
        budget[0] -= counted.length();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, counted)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    boolean contains(char[] buffer, int length) {
        return lookup.contains(buffer, 0, length);
    }

    /** The term that stands for two words next to each other, both common, as {@link CommonPairsFilter} makes it. */
    public static String pair(String first, String second) {
        return Analysis.PAIR_MARK + first + ' ' + second;
    }

    /** As kept in a commit or a Solr configset: the words in order, separated by spaces (no indexed word holds one). */
    public String encoded() {
        return String.join(" ", new TreeSet<>(words));
    }

    /** The words {@link #encoded()} wrote; any white space separates them. */
    public static CommonWords decoded(String encoded) {
        String trimmed = encoded.strip();
        return new CommonWords(trimmed.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(trimmed.split("\\s+"))));
    }

    /** The common words a commit was made with, or null when it was made before any were chosen. */
    static CommonWords fromCommit(Map<String, String> commitData) {
        String encoded = commitData.get(COMMIT_KEY);
        return encoded == null ? null : decoded(encoded);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommonWords that && words.equals(that.words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return "CommonWords" + new TreeSet<>(words);
    }
}
