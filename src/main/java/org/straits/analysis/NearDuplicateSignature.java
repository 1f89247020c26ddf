package org.straits.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of a text's word shingles, for finding reposts of one story: an edited
 * title, a paragraph added or dropped, a traditional-script copy of a simplified text.
 *
 * <p>The text is NFKC-normalised, lower-cased and folded traditional→simplified (the analysis
 * folding, so both scripts give the same shingles); its tokens are Latin/digit words and single
 * Han characters (Chinese has no spaces, and a character is script-folded one for one, unlike a
 * segmenter's words). A shingle is {@value #SHINGLE} consecutive tokens. The probability that two
 * texts agree on one of the {@value #HASHES} minima is their shingle-set Jaccard similarity; the
 * minima are grouped into {@value #BANDS} bands of {@value #ROWS} (LSH banding), and two texts are
 * candidates when one band is equal — an exact keyword lookup any search engine can do.
 */
public final class NearDuplicateSignature {
  public static final int SHINGLE = 5;
  public static final int BANDS = 32;
  public static final int ROWS = 4;
  public static final int HASHES = BANDS * ROWS;
  /** Estimated Jaccard similarity from which two texts are versions of one story. */
  public static final double THRESHOLD = 0.6;

  private static final long[] MULTIPLIERS = new long[HASHES];
  private static final long[] ADDENDS = new long[HASHES];

  static {
    // Fixed seeds: signatures stored in an index must mean the same thing in every run.
    java.util.SplittableRandom random = new java.util.SplittableRandom(0x5742_A175L);
    for (int i = 0; i < HASHES; i++) {
      MULTIPLIERS[i] = random.nextLong() | 1L;
      ADDENDS[i] = random.nextLong();
    }
  }

  private final int[] minima;

  private NearDuplicateSignature(int[] minima) {
    this.minima = minima;
  }

  /** The signature of a document's title and body. */
  public static NearDuplicateSignature of(String title, String body) {
    List<String> tokens = tokens((title == null ? "" : title) + "\n" + (body == null ? "" : body));
    long[] mins = new long[HASHES];
    Arrays.fill(mins, Long.MAX_VALUE);
    int shingles = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int start = 0; start < shingles; start++) {
      long h = shingleHash(tokens, start);
      for (int i = 0; i < HASHES; i++) {
        // h is already well mixed: a multiply-add per hash function is enough (and cheap).
        long permuted = h * MULTIPLIERS[i] + ADDENDS[i];
        if (permuted < mins[i]) {
          mins[i] = permuted;
        }
      }
    }
    int[] minima = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      minima[i] = (int) (mins[i] >>> 32);
    }
    return new NearDuplicateSignature(minima);
  }

  /** Reads a signature written by {@link #toBytes()}. */
  public static NearDuplicateSignature fromBytes(byte[] bytes) {
    if (bytes.length != HASHES * 4) {
      throw new IllegalArgumentException("a signature has " + HASHES * 4 + " bytes, not " + bytes.length);
    }
    java.nio.IntBuffer ints = java.nio.ByteBuffer.wrap(bytes).asIntBuffer();
    int[] minima = new int[HASHES];
    ints.get(minima);
    return new NearDuplicateSignature(minima);
  }

  public byte[] toBytes() {
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(HASHES * 4);
    bytes.asIntBuffer().put(minima);
    return bytes.array();
  }

  /** One keyword per band, e.g. "07:3f2a…": equal keywords make two documents candidates. */
  public List<String> bandKeys() {
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int row = 0; row < ROWS; row++) {
        h = mix(h * 31 + minima[band * ROWS + row]);
      }
      keys.add(String.format(java.util.Locale.ROOT, "%02d:%016x", band, h));
    }
    return keys;
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets. */
  public double similarity(NearDuplicateSignature other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minima[i] == other.minima[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  public boolean isNearDuplicateOf(NearDuplicateSignature other) {
    return similarity(other) >= THRESHOLD;
  }

  static List<String> tokens(String text) {
    String folded = ChineseFolding.fold(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT));
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isIdeographic(c)) {
        flush(word, tokens);
        tokens.add(new String(Character.toChars(c)));
      } else if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(c);
      } else {
        flush(word, tokens);
      }
    }
    flush(word, tokens);
    return tokens;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (!word.isEmpty()) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }

  private static long shingleHash(List<String> tokens, int start) {
    long h = 0x9E37_79B9_7F4A_7C15L;
    int end = Math.min(tokens.size(), start + SHINGLE);
    for (int i = start; i < end; i++) {
      h = mix(h ^ tokens.get(i).hashCode()) * 0xBF58_476D_1CE4_E5B9L;
    }
    return h;
  }

  /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
