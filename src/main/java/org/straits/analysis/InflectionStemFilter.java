package org.straits.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Undoes English inflection only: KStem's dictionary-checked stem is taken when the word is that
 * stem plus an inflection (visits, visited, policies, planned → visit, visit, policy, plan), and
 * refused when KStem strips a derivation (Chinese → china, economic → economy, protesters →
 * protest), which would mark and match a word the reader did not type. A plural KStem keeps as a
 * word of its own (relations, forces, talks) is then made singular as Lucene's minimal English
 * stemmer does. Keyword tokens (acronyms) are left alone.
 */
public final class InflectionStemFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final OneWord word = new OneWord();
  private final TokenStream kstem = new EnglishMinimalStemFilter(new KStemFilter(word));
  private final CharTermAttribute stemmed = kstem.getAttribute(CharTermAttribute.class);

  public InflectionStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword() || term.length() < 3 || cannotChange(term.buffer(), term.length())) {
      return true;
    }
    String original = term.toString();
    String stem = stem(original);
    if (!stem.equals(original) && isInflection(original, stem)) {
      term.setEmpty().append(stem);
    }
    return true;
  }

  /**
   * Whether neither stemmer can change the word, so it need not be copied and stemmed (every
   * Chinese word): KStem changes only words of the letters a–z (its dictionary has no others) and
   * the minimal stemmer only words ending in s.
   */
  static boolean cannotChange(char[] word, int length) {
    if (word[length - 1] == 's') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (word[i] < 'a' || word[i] > 'z') {
        return true;
      }
    }
    return false;
  }

  private String stem(String text) throws IOException {
    word.set(text);
    kstem.reset();
    String result = kstem.incrementToken() ? stemmed.toString() : text;
    kstem.end();
    kstem.close();
    return result;
  }

  /** {@code word} is {@code stem} with an English inflectional ending. */
  static boolean isInflection(String word, String stem) {
    if (!word.startsWith(stem.substring(0, Math.max(1, stem.length() - 1)))) {
      return false;
    }
    for (String ending : new String[] {"s", "es", "ed", "d", "ing", "'s", "’s"}) {
      if (word.equals(stem + ending)) {
        return true;
      }
    }
    char last = stem.charAt(stem.length() - 1);
    String cut = stem.substring(0, stem.length() - 1);
    if (last == 'y' && (word.equals(cut + "ies") || word.equals(cut + "ied"))) {
      return true;
    }
    if (last == 'e' && (word.equals(cut + "ing") || word.equals(cut + "ed"))) {
      return true;
    }
    return word.equals(stem + last + "ed") || word.equals(stem + last + "ing");
  }

  /** A token stream of one word, reused for every token. */
  private static final class OneWord extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private String text = "";
    private boolean done;

    void set(String text) {
      this.text = text;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(text);
      done = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }
  }
}
