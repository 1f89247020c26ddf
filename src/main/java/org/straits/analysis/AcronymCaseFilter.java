package org.straits.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps acronyms apart from words: a word of two to five capital letters (US, PLA, ROC, TPP, UN;
 * U.S. once its dots are gone) stays in capitals and is marked as a keyword so no stemmer touches
 * it; every other token is case-folded (NFKC case folding, so ß and full-width letters fold as
 * before). "US" and "us"/"use" are then different terms, at index and query time alike.
 *
 * <p>Text written all in capitals (a headline "CHINA WARNS US OVER TAIWAN") is not a row of
 * acronyms: a run of three or more capitalised words that holds a stop word or a word longer than
 * an acronym is read as ordinary words, and each short word in it is also indexed as the acronym
 * at the same position, so the headline is found both by "warns" and by "US". A sentence-initial
 * capital ("Use of force") is an ordinary word; a lone word longer than five capitals (UNESCO,
 * TAIPEI) is read as the word.
 */
public final class AcronymCaseFilter extends TokenFilter {
  static final int MAX_ACRONYM = 5;
  private static final int SHOUTED_RUN = 3;
  private static final Normalizer2 CASE_FOLD = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final CharArraySet stopWords;

  private final List<State> run = new ArrayList<>();
  private int next;
  private boolean shouted;
  private State acronymToFollow;
  private State afterRun;
  private boolean exhausted;

  public AcronymCaseFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (acronymToFollow != null) {
      restoreState(acronymToFollow);
      acronymToFollow = null;
      return true;
    }
    if (next < run.size()) {
      restoreState(run.get(next++));
      emitRunToken();
      return true;
    }
    run.clear();
    next = 0;
    if (!readToken()) {
      return false;
    }
    if (!isCapitals()) {
      foldCase();
      return true;
    }
    collectRun();
    restoreState(run.get(next++));
    emitRunToken();
    return true;
  }

  private boolean readToken() throws IOException {
    if (afterRun != null) {
      restoreState(afterRun);
      afterRun = null;
      return true;
    }
    return !exhausted && input.incrementToken();
  }

  /** The current token and the capitalised tokens right after it; decides whether they shout. */
  private void collectRun() throws IOException {
    int words = 0;
    boolean ordinary = false;
    do {
      run.add(captureState());
      words += hasLetter() ? 1 : 0;
      ordinary |= term.length() > MAX_ACRONYM && lettersOnly() || stopWords.contains(folded());
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
    } while (isCapitals());
    if (!exhausted) {
      afterRun = captureState();
    }
    shouted = words >= SHOUTED_RUN && ordinary;
  }

  private void emitRunToken() {
    boolean acronym = isAcronym();
    if (!shouted && acronym) {
      keyword.setKeyword(true);
      return;
    }
    if (shouted && acronym && !stopWords.contains(folded())) {
      keyword.setKeyword(true);
      posInc.setPositionIncrement(0);
      acronymToFollow = captureState();
      keyword.setKeyword(false);
      posInc.setPositionIncrement(1);
    }
    foldCase();
  }

  /** No lower-case letter and at least one capital (PLA, G20, TAIWAN). */
  private boolean isCapitals() {
    boolean capital = false;
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLowerCase(buffer[i]) || Character.isIdeographic(buffer[i])) {
        return false;
      }
      capital |= Character.isUpperCase(buffer[i]);
    }
    return capital;
  }

  private boolean isAcronym() {
    return term.length() >= 2 && term.length() <= MAX_ACRONYM && lettersOnly() && isCapitals();
  }

  private boolean lettersOnly() {
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isLetter(term.buffer()[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean hasLetter() {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLetter(term.buffer()[i])) {
        return true;
      }
    }
    return false;
  }

  private String folded() {
    return CASE_FOLD.normalize(term);
  }

  private void foldCase() {
    char[] buffer = term.buffer();
    boolean ascii = true;
    for (int i = 0; i < term.length() && ascii; i++) {
      ascii = buffer[i] < 0x80;
    }
    if (ascii) {
      for (int i = 0; i < term.length(); i++) {
        char c = buffer[i];
        buffer[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
    } else if (!CASE_FOLD.isNormalized(term)) {
      String folded = folded();
      term.setEmpty().append(folded);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    run.clear();
    next = 0;
    acronymToFollow = null;
    afterRun = null;
    exhausted = false;
  }
}
