package org.broadsheet.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Made-up articles and edited copies of them, as scraped archives hold them: a word changed here and there, a
 * paragraph added or dropped, paragraphs in another order, and boilerplate that unrelated articles share.
 * Deterministic for a seed.
 */
public final class StoryCorpus {

    /** A paragraph many unrelated articles of one outlet end with. */
    public static final String BOILERPLATE = "Follow the latest news and updates on our website and mobile apps, "
            + "and subscribe to our newsletter for the stories of the day delivered to your inbox every morning.";

    private final Random random;
    private final String[] vocabulary;

    public StoryCorpus(long seed) {
        this.random = new Random(seed);
        this.vocabulary = new String[6_000];
        String[] syllables = {"ka", "ri", "to", "mel", "sa", "dor", "vin", "lu", "pe", "ran", "zo", "ti", "bel", "ca",
                "mo", "nor", "qui", "fe", "lan", "dra", "gu", "sor", "ve", "li", "mas", "te", "bro", "ni"};
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(3); s++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            vocabulary[i] = word.toString();
        }
    }

    /** A word, the common ones more often, as in news text. */
    public String word() {
        int rank = (int) Math.floor(Math.pow(vocabulary.length, random.nextDouble())) - 1;
        return vocabulary[Math.max(0, rank)];
    }

    public String sentence() {
        StringBuilder sentence = new StringBuilder();
        int words = 8 + random.nextInt(14);
        for (int i = 0; i < words; i++) {
            String word = word();
            sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentence.append(i == words - 1 ? "." : " ");
        }
        return sentence.toString();
    }

    public List<String> paragraphs(int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            paragraphs.add(sentence() + " " + sentence() + " " + sentence());
        }
        if (random.nextInt(3) == 0) {
            paragraphs.add(BOILERPLATE);
        }
        return paragraphs;
    }

    /**
     * An edited copy: {@code changedWords} words replaced at random, then, by chance, a paragraph added, one
     * dropped, or two swapped.
     */
    public List<String> edited(List<String> paragraphs, int changedWords) {
        List<String> copy = new ArrayList<>(paragraphs);
        for (int change = 0; change < changedWords; change++) {
            int at = random.nextInt(copy.size());
            String[] words = copy.get(at).split(" ");
            words[random.nextInt(words.length)] = word();
            copy.set(at, String.join(" ", words));
        }
        switch (random.nextInt(4)) {
            case 0 -> copy.add(random.nextInt(copy.size() + 1), sentence() + " " + sentence());
            case 1 -> {
                if (copy.size() > 3) {
                    copy.remove(random.nextInt(copy.size()));
                }
            }
            case 2 -> {
                if (copy.size() > 2) {
                    Collections.swap(copy, random.nextInt(copy.size()), random.nextInt(copy.size()));
                }
            }
            default -> {
            }
        }
        return copy;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** An article file in the seed format. */
    public static String file(String date, String title, List<String> paragraphs) {
        return "Updated " + date + "\n\n" + title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }
}
