package org.broadsheet.versions;

/**
 * A MinHash signature of an article's shingles, cut into bands for locality-sensitive hashing: two articles
 * that share a band's key are candidates to be the same story, to be confirmed by their shingles' Jaccard
 * similarity. With {@value #BANDS} bands of {@value #ROWS} values, a pair with a similarity of 0.8 shares a
 * band with a probability above 0.997, one of 0.4 with one below 0.08.
 *
 * <p>The signature is made by one-permutation hashing: each shingle's hash is sent to one of the
 * {@code BANDS × ROWS} bins and each bin keeps its least, so a signature costs one pass over the shingles
 * rather than one per value; an empty bin borrows from the next bin that is not (Shrivastava and Li's
 * densification), which keeps two signatures' agreement an estimate of the similarity.
 */
public final class MinHash {

    public static final int BANDS = 20;
    public static final int ROWS = 6;
    static final int BINS = BANDS * ROWS;

    private MinHash() {
    }

    /** The signature's bins, or an empty array for an article without shingles; repeated shingles count once. */
    static long[] signature(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] bins = new long[BINS];
        boolean[] filled = new boolean[BINS];
        for (long shingle : shingles) {
            // The high half picks the bin (a multiply and a shift, not a division); the whole hash competes in it.
            int bin = (int) (((shingle >>> 32) * BINS) >>> 32);
            if (!filled[bin] || Long.compareUnsigned(shingle, bins[bin]) < 0) {
                bins[bin] = shingle;
                filled[bin] = true;
            }
        }
        long[] dense = new long[BINS];
        for (int bin = 0; bin < BINS; bin++) {
            int from = bin;
            int steps = 0;
            while (!filled[from]) {
                from = (from + 1) % BINS;
                steps++;
            }
            // A borrowed value is marked by how far it was borrowed, so two articles agree on the bin only when
            // they borrowed alike.
            dense[bin] = steps == 0 ? bins[from] : Shingles.mix(bins[from] + steps * 0x9E3779B97F4A7C15L);
        }
        return dense;
    }

    /** How many of a band key's bits say which band it is; the others are the hash of the band's values. */
    private static final int BAND_BITS = 5;

    /**
     * The keys of the signature's bands, one per band: the band's number in the top {@value #BAND_BITS} bits,
     * a hash of its values in the rest, so that keys of different bands never meet. Empty for an article
     * without shingles.
     */
    public static long[] bandKeys(long[] shingles) {
        long[] signature = signature(shingles);
        if (signature.length == 0) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = Shingles.mix(key * 0x9E3779B97F4A7C15L + signature[band * ROWS + row]);
            }
            keys[band] = ((long) band << (Long.SIZE - BAND_BITS)) | (key >>> BAND_BITS);
        }
        return keys;
    }

    /** The band a key is of. */
    public static int bandOf(long key) {
        return (int) (key >>> (Long.SIZE - BAND_BITS));
    }
}
