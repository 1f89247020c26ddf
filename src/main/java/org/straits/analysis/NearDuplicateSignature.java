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
 * texts agree on one of the {@value #HASHES} minima is about their shingle-set Jaccard similarity; the
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

  private final int[] minima;

  private NearDuplicateSignature(int[] minima) {
    this.minima = minima;
  }

  /**
   * The signature of a document's title and body, by one-permutation MinHash: every shingle is
   * hashed once, its top bits pick one of the {@value #HASHES} buckets and each bucket keeps its
   * smallest value (one hash per shingle instead of one per shingle and function); an empty bucket
   * (a short text) borrows from the next filled one, offset by the distance ("densification"),
   * so that two texts still agree on it with the probability of their similarity.
   */
  public static NearDuplicateSignature of(String title, String body) {
    long[] tokens = tokenHashes((title == null ? "" : title) + "\n" + (body == null ? "" : body));
    int count = tokens.length;
    int[] minima = new int[HASHES];
    boolean[] filled = new boolean[HASHES];
    int shingles = Math.max(1, count - SHINGLE + 1);
    for (int start = 0; start < shingles; start++) {
      long h = 0x9E37_79B9_7F4A_7C15L;
      for (int i = start; i < Math.min(count, start + SHINGLE); i++) {
        h = mix(h ^ tokens[i]);
      }
      int bucket = (int) (h >>> 57); // HASHES = 128: the top seven bits
      int value = (int) h;
      if (!filled[bucket] || Integer.compareUnsigned(value, minima[bucket]) < 0) {
        minima[bucket] = value;
        filled[bucket] = true;
      }
    }
    densify(minima, filled);
    return new NearDuplicateSignature(minima);
  }

  private static void densify(int[] minima, boolean[] filled) {
    int[] original = minima.clone();
    for (int i = 0; i < HASHES; i++) {
      if (filled[i]) {
        continue;
      }
      for (int distance = 1; distance < HASHES; distance++) {
        int j = (i + distance) % HASHES;
        if (filled[j]) {
          minima[i] = (int) mix(original[j] + distance * 0x9E37_79B9L);
          break;
        }
      }
    }
  }

  /**
   * Bits of each minimum kept in the stored signature (b-bit minwise hashing): two different minima
   * agree on their low 16 bits with probability 2^-16, which moves an estimated similarity by at most
   * 0.00002, and the signature is half the size on disk.
   */
  static final int STORED_BITS = 16;
  private static final int STORED_MASK = (1 << STORED_BITS) - 1;
  /** Length of {@link #toBytes()}: two bytes per minimum. */
  public static final int BYTES = HASHES * STORED_BITS / 8;

  /** Reads a signature written by {@link #toBytes()}. */
  public static NearDuplicateSignature fromBytes(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("a signature of " + bytes.length + " bytes, where " + BYTES + " are written");
    }
    java.nio.ShortBuffer shorts = java.nio.ByteBuffer.wrap(bytes).asShortBuffer();
    int[] minima = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      minima[i] = shorts.get(i) & STORED_MASK;
    }
    return new NearDuplicateSignature(minima);
  }

  /** The low {@value #STORED_BITS} bits of every minimum, two bytes each. */
  public byte[] toBytes() {
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(BYTES);
    for (int minimum : minima) {
      bytes.putShort((short) minimum);
    }
    return bytes.array();
  }

  /** Characters of a band key, six bits each (URL-safe Base64's alphabet). */
  private static final char[] KEY_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
  /**
   * Characters of a band's hash in its key: 36 bits. Unrelated bands collide for about one document
   * in 2,000 at a million documents, and a collision only adds a candidate the similarity check drops.
   */
  private static final int KEY_HASH_CHARS = 6;

  /**
   * One keyword per band, e.g. "H3fKa9_" (the band, then 36 bits of its rows' hash): equal
   * keywords make two documents candidates. Seven characters, not a 19-character hex form: 32 per
   * document are most of the index's unique terms. Made from the stored bits only, so a signature
   * read back ({@link #fromBytes}, e.g. Straits' record of a Solr collection) has the keys it was
   * indexed with.
   */
  public List<String> bandKeys() {
    List<String> keys = new ArrayList<>(BANDS);
    char[] key = new char[1 + KEY_HASH_CHARS];
    long[] hashes = bandHashes();
    for (int band = 0; band < BANDS; band++) {
      long h = hashes[band];
      key[0] = KEY_ALPHABET[band];
      for (int i = 1; i <= KEY_HASH_CHARS; i++) {
        key[i] = KEY_ALPHABET[(int) (h >>> (64 - 6 * i)) & 63];
      }
      keys.add(new String(key));
    }
    return keys;
  }

  /**
   * One 64-bit hash per band of the stored bits of its rows: two signatures with an equal hash in
   * the same band are candidates (what {@link #bandKeys()} spells as keywords for an engine).
   */
  public long[] bandHashes() {
    long[] hashes = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int row = 0; row < ROWS; row++) {
        h = mix(h * 31 + (minima[band * ROWS + row] & STORED_MASK));
      }
      hashes[band] = h;
    }
    return hashes;
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets. */
  public double similarity(NearDuplicateSignature other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      // The stored bits only, so that a signature read back compares as the one computed.
      if (((minima[i] ^ other.minima[i]) & STORED_MASK) == 0) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  public boolean isNearDuplicateOf(NearDuplicateSignature other) {
    return similarity(other) >= THRESHOLD;
  }

  /**
   * One hash per token of the folded text: a Latin/digit word, or a single Han character. No
   * strings are made: this runs over every document indexed.
   */
  static long[] tokenHashes(String text) {
    String folded = ChineseFolding.fold(Normalizer.normalize(text, Normalizer.Form.NFKC));
    long[] tokens = new long[Math.max(16, folded.length() / 4)];
    int count = 0;
    long word = 0;
    boolean inWord = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      boolean han = Character.isIdeographic(c);
      if (!han && Character.isLetterOrDigit(c)) {
        word = word * 0x100_0000_01B3L + Character.toLowerCase(c);
        inWord = true;
        continue;
      }
      if (inWord) {
        tokens = append(tokens, count++, word);
        word = 0;
        inWord = false;
      }
      if (han) {
        tokens = append(tokens, count++, 0x4000_0000_0000L + c);
      }
    }
    if (inWord) {
      tokens = append(tokens, count++, word);
    }
    return Arrays.copyOf(tokens, count);
  }

  private static long[] append(long[] tokens, int at, long value) {
    long[] out = at < tokens.length ? tokens : Arrays.copyOf(tokens, tokens.length * 2);
    out[at] = value;
    return out;
  }

  /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
