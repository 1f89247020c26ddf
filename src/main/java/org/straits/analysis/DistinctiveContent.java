package org.straits.analysis;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The check a MinHash candidate pair must pass to be versions of one story: do the two texts share
 * their <em>distinctive</em> content? State media reuse templates — "国家主席习近平…举行仪式，欢迎智利
 * 总统…", the same welcome for Indonesia's president the same afternoon — whose shingles agree on
 * most of the text while the news (who, where, what) differs. Weighting each token by its inverse
 * document frequency in the index makes the template's words count for little and the names for
 * much; and a repost holds its original (or is held by it), while a template reused has news of
 * its own on both sides, so a template reused scores low and a repost high.
 *
 * <p>Tokens are the index's own units, so their document frequencies can be looked up: Han
 * bigrams of the traditional→simplified folded text (the {@code *_cjk} shadow fields) and
 * lower-cased Latin/digit words (the word fields; a word the index does not hold as written — a
 * stop word, an inflection it stemmed — is taken as common). A text whose body holds fewer than
 * {@value #MIN_BODY_TOKENS} tokens (a bulletin stub: a rubric title over "查看原文") has nothing to
 * compare but a title, which is no evidence of one story.
 */
public final class DistinctiveContent {
  /** IDF-weighted containment ({@link #containment}) from which two candidate texts are one story. */
  public static final double THRESHOLD = 0.93;
  public static final int MIN_BODY_TOKENS = 24;

  /** A text's distinct tokens and the number of its body's tokens. */
  public record Tokens(Set<String> han, Set<String> words, int bodyTokens) {
    public boolean isStub() {
      return bodyTokens < MIN_BODY_TOKENS;
    }
  }

  /** Where a token's document frequency comes from: Han bigrams, words, and the number of documents. */
  public record Frequencies(ToIntFunction<String> han, ToIntFunction<String> words, int docs) {}

  private DistinctiveContent() {}

  /** {@link #sameStory(Tokens, Tokens, ToIntFunction, ToIntFunction, int)} with {@code frequencies}. */
  public static boolean sameStory(Tokens a, Tokens b, Frequencies frequencies) {
    return sameStory(a, b, frequencies.han(), frequencies.words(), frequencies.docs());
  }

  public static Tokens of(String title, String body) {
    Set<String> han = new HashSet<>();
    Set<String> words = new HashSet<>();
    add(title == null ? "" : title, han, words);
    int bodyTokens = add(body == null ? "" : body, han, words);
    return new Tokens(han, words, bodyTokens);
  }

  /** Adds the tokens of {@code text}; returns how many it has (repeats counted). */
  private static int add(String text, Set<String> han, Set<String> words) {
    String folded = ChineseFolding.fold(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    int count = 0;
    StringBuilder word = new StringBuilder();
    int previousHan = -1;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      boolean isHan = Character.isIdeographic(c);
      if (!isHan && Character.isLetterOrDigit(c)) {
        word.appendCodePoint(c);
        previousHan = -1;
        continue;
      }
      if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
        count++;
      }
      if (isHan && previousHan >= 0) {
        han.add(new StringBuilder().appendCodePoint(previousHan).appendCodePoint(c).toString());
        count++;
      }
      previousHan = isHan ? c : -1;
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
      count++;
    }
    return count;
  }

  /**
   * How much of one text the other holds, the larger of the two ways: the IDF weight of the tokens
   * both hold over the weight of the text's own tokens, each token weighing log(1 + docs / df).
   * A repost holds (nearly) all of its original or is held by it: a paragraph added or dropped,
   * a title edited. A template reused for other news has news of its own on both sides — the
   * other country, the other names — so neither text holds the other.
   */
  public static double containment(Tokens a, Tokens b, ToIntFunction<String> hanDf, ToIntFunction<String> wordDf,
      int docs) {
    double[] sums = new double[3]; // shared, only in a, only in b
    tally(a.han(), b.han(), hanDf, docs, sums);
    tally(a.words(), b.words(), wordDf, docs, sums);
    double shared = sums[0];
    double smaller = Math.min(sums[1], sums[2]);
    return shared + smaller == 0 ? 0 : shared / (shared + smaller);
  }

  /** Two candidate texts are one story: neither is a stub and one holds the other's distinctive content. */
  public static boolean sameStory(Tokens a, Tokens b, ToIntFunction<String> hanDf, ToIntFunction<String> wordDf,
      int docs) {
    return !a.isStub() && !b.isStub() && containment(a, b, hanDf, wordDf, docs) >= THRESHOLD;
  }

  /** Adds the weights of the tokens both sets hold, and of those only one does, to {@code sums}. */
  private static void tally(Set<String> a, Set<String> b, ToIntFunction<String> df, int docs, double[] sums) {
    for (String t : union(a, b)) {
      double w = weight(df.applyAsInt(t), docs);
      boolean inA = a.contains(t);
      boolean inB = b.contains(t);
      sums[inA && inB ? 0 : inA ? 1 : 2] += w;
    }
  }

  private static double weight(int df, int docs) {
    int known = df <= 0 ? docs : Math.min(df, docs);
    return Math.log(1 + docs / (double) Math.max(1, known));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
