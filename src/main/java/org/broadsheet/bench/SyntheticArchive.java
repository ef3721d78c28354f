package org.broadsheet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a deterministic archive of seed-format articles for benchmarks: the same {@code seed} and size give
 * the same files, byte for byte. Words follow a Zipf-like distribution over a made-up vocabulary, as words
 * in news text do; bodies are 2–4 KB; dates spread over ten years; bylines come from a pool of authors;
 * pages carry furniture and {@code READ |} links like the real ones. One article in {@value #VERSION_EVERY} is
 * a later version of a recent one, as a page scraped again after an update is: a new date line, a few words
 * changed, sometimes a paragraph added.
 */
public final class SyntheticArchive {

    static final int VOCABULARY_SIZE = 30_000;
    private static final int AUTHOR_POOL = 250;
    /** Zipf's exponent for English-like text. */
    private static final double ZIPF_EXPONENT = 1.07;
    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 10;
    /** Every this many articles, one is a version of a recent article rather than a new one. */
    static final int VERSION_EVERY = 20;
    private static final int RECENT = 500;
    private static final String[] SYLLABLES = {"ka", "ri", "to", "mel", "sa", "dor", "vin", "lu", "pe", "ran",
            "zo", "ti", "bel", "ca", "mo", "nor", "qui", "fe", "lan", "dra", "gu", "sor", "ve", "li", "mas", "te",
            "bro", "ni", "hal", "co", "ster", "pa", "wen", "du", "ry", "tha", "gel", "ma", "cro", "si"};

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;
    private final String[] authors;
    private final List<String> titles = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    /** The last articles written, with their dates, to write versions of. */
    private final List<String> recentTexts = new ArrayList<>();
    private final List<LocalDateTime> recentDates = new ArrayList<>();
    private int versions;

    /** How long the generated articles' bodies are. */
    public enum Body {
        /** 2–4 KB, as the seed articles: features and long reports. */
        LONG(2048, 2048),
        /** 0.5–2 KB, as wire stories. */
        SHORT(512, 1536);

        private final int least;
        private final int spread;

        Body(int least, int spread) {
            this.least = least;
            this.spread = spread;
        }
    }

    private final Body body;

    public SyntheticArchive(long seed) {
        this(seed, Body.LONG);
    }

    public SyntheticArchive(long seed, Body body) {
        this.body = body;
        this.random = new Random(seed);
        this.vocabulary = vocabulary(new Random(seed ^ 0x5DEECE66DL));
        this.cumulative = zipfCumulative(VOCABULARY_SIZE);
        this.authors = new String[AUTHOR_POOL];
        for (int i = 0; i < AUTHOR_POOL; i++) {
            authors[i] = capitalized(vocabulary[200 + random.nextInt(5000)]) + " "
                    + capitalized(vocabulary[200 + random.nextInt(5000)]);
        }
    }

    /** Distinct made-up words, most frequent first; the first ones are short, as common words are. */
    private static String[] vocabulary(Random random) {
        String[] words = new String[VOCABULARY_SIZE];
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < VOCABULARY_SIZE) {
            int syllables = 1 + (i < 100 ? 0 : i < 3000 ? 1 : 1 + random.nextInt(3)) + (i < 20 ? 0 : random.nextInt(2));
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            if (seen.add(word.toString())) {
                words[i++] = word.toString();
            }
        }
        return words;
    }

    private static double[] zipfCumulative(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1.0 / Math.pow(rank, ZIPF_EXPONENT);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    /** How many of the articles written are versions of an earlier one. */
    int versionsWritten() {
        return versions;
    }

    /** The word of a rank, 0 being the most frequent. */
    String word(int rank) {
        return vocabulary[rank];
    }

    /** Two-word sequences that occur in the written articles, for phrase queries that find something. */
    List<String> phrases() {
        return phrases;
    }

    private String randomWord() {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[index >= 0 ? index : Math.min(VOCABULARY_SIZE - 1, -index - 1)];
    }

    private String sentence(int minWords, int maxWords) {
        int words = minWords + random.nextInt(maxWords - minWords + 1);
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = randomWord();
            sentence.append(i == 0 ? capitalized(word) : word);
            sentence.append(i == words - 1 ? "." : random.nextInt(12) == 0 ? ", " : " ");
        }
        return sentence.toString();
    }

    /**
     * Writes {@code count} articles under {@code folder}, in one folder per year and month.
     *
     * @return how many bytes were written
     */
    public long write(Path folder, int count) throws IOException {
        return write(folder, count, SyntheticFormat.TEXT);
    }

    /** Writes {@code count} articles under {@code folder} in a format Broadsheet reads; the same articles in any. */
    long write(Path folder, int count, SyntheticFormat format) throws IOException {
        long bytes = 0;
        try (FormatWriter files = new FormatWriter(folder, format)) {
            for (int i = 0; i < count; i++) {
                LocalDateTime published = LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0)
                        .plusMinutes((long) (random.nextDouble() * YEARS * 365.25 * 24 * 60));
                String text;
                LocalDateTime date = published;
                if (i % VERSION_EVERY == VERSION_EVERY - 1 && !recentTexts.isEmpty()) {
                    int of = random.nextInt(recentTexts.size());
                    date = recentDates.get(of).plusMinutes(30 + random.nextInt(3 * 24 * 60));
                    text = versionOf(recentTexts.get(of), recentDates.get(of), date);
                    versions++;
                } else {
                    text = article(published);
                    remember(text, published);
                }
                files.write(i, published, date, text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }

    private String article(LocalDateTime published) {
        String date = dateLine(published);
        String title = sentence(5, 11);
        title = title.substring(0, title.length() - 1);
        StringBuilder text = new StringBuilder();
        text.append("Updated ").append(date).append("\n\n").append(title).append("\n\n");
        text.append(sentence(14, 28)).append("\n\n");
        if (random.nextInt(10) > 0) {
            text.append("Reported by: ").append(authors[(int) Math.min(AUTHOR_POOL - 1,
                    Math.abs(random.nextGaussian()) * AUTHOR_POOL / 3)]).append('\n');
        }
        text.append("| Image:agency\nAdvertisement\n\n");
        int bodyLength = body.least + random.nextInt(body.spread);
        int start = text.length();
        while (text.length() - start < bodyLength) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                paragraph.append(sentence(8, 22)).append(' ');
            }
            String body = paragraph.toString().strip();
            text.append(body).append("\n\n");
            rememberPhrase(body);
            if (random.nextInt(8) == 0 && !titles.isEmpty()) {
                text.append("READ |\u00A0").append(titles.get(random.nextInt(titles.size()))).append("\n\n");
            }
        }
        text.append("Advertisement\n\nPublished ").append(date);
        if (titles.size() < 5000) {
            titles.add(title);
        }
        return text.toString();
    }

    private void remember(String text, LocalDateTime published) {
        if (recentTexts.size() == RECENT) {
            int at = random.nextInt(RECENT);
            recentTexts.set(at, text);
            recentDates.set(at, published);
        } else {
            recentTexts.add(text);
            recentDates.add(published);
        }
    }

    /**
     * The same page scraped again after an update: the new date in the date lines, a few words of one paragraph
     * changed, and now and then a paragraph added before the last one.
     */
    private String versionOf(String text, LocalDateTime published, LocalDateTime updated) {
        String edited = text.replace("Updated " + dateLine(published), "Updated " + dateLine(updated));
        List<String> paragraphs = new ArrayList<>(Arrays.asList(edited.split("\n\n", -1)));
        int body = 4 + random.nextInt(Math.max(1, paragraphs.size() - 6));
        if (body < paragraphs.size() - 2) {
            String[] words = paragraphs.get(body).split(" ");
            for (int change = 0; change < 1 + random.nextInt(4); change++) {
                words[random.nextInt(words.length)] = randomWord();
            }
            paragraphs.set(body, String.join(" ", words));
        }
        if (random.nextInt(3) == 0 && paragraphs.size() > 3) {
            paragraphs.add(paragraphs.size() - 2, sentence(8, 22) + " " + sentence(8, 22));
        }
        return String.join("\n\n", paragraphs);
    }

    private void rememberPhrase(String paragraph) {
        if (phrases.size() >= 2000 || random.nextInt(20) != 0) {
            return;
        }
        String[] words = paragraph.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").split(" ");
        if (words.length > 3) {
            int at = random.nextInt(words.length - 1);
            phrases.add(words[at] + " " + words[at + 1]);
        }
    }

    /** {@code March 3rd, 2021 at 21:14 IST}, as the sample archive's site prints dates. */
    private static String dateLine(LocalDateTime at) {
        int day = at.getDayOfMonth();
        String suffix = day >= 11 && day <= 13 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        String month = Month.of(at.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return String.format(Locale.ROOT, "%s %d%s, %d at %02d:%02d IST", month, day, suffix, at.getYear(),
                at.getHour(), at.getMinute());
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    int firstYear() {
        return FIRST_YEAR;
    }

    int years() {
        return YEARS;
    }
}
