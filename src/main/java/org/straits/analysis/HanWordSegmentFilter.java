package org.straits.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Re-segments runs of Han ideographs into words with smartcn's HMM segmenter.
 *
 * <p>StandardTokenizer handles Latin script well (acronyms, possessives, numbers) but emits every
 * ideograph as a token of its own; smartcn segments Chinese well but mangles English ("U.S."). So
 * the standard tokenizer runs over everything and this filter hands each unbroken run of
 * ideographs to smartcn, keeping offsets into the original text for highlighting.
 */
public final class HanWordSegmentFilter extends TokenFilter {
  /** Token type of the words this filter emits. */
  public static final String HAN_WORD = "<HAN_WORD>";

  private static final String IDEOGRAPHIC =
      StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posInc =
      addAttribute(PositionIncrementAttribute.class);
  private final HHMMSegmenter segmenter = new HHMMSegmenter();

  private final StringBuilder run = new StringBuilder();
  private String runText = "";
  private int[] charStarts = new int[64];
  private int[] charEnds = new int[64];
  private int runPositionIncrement;
  private final Deque<SegToken> words = new ArrayDeque<>();
  private boolean firstWordOfRun;
  private State afterRun;
  private boolean inputExhausted;
  /** End offset of the last Han word emitted, while no other token has come since; else -1. */
  private int lastHanEnd = -1;

  public HanWordSegmentFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!words.isEmpty()) {
      emitWord(words.removeFirst());
      return true;
    }
    if (afterRun != null) {
      // The token that ended the last run may itself start the next one ("利益，电脑").
      restoreState(afterRun);
      afterRun = null;
    } else if (inputExhausted || !input.incrementToken()) {
      return false;
    }
    if (!IDEOGRAPHIC.equals(type.type())) {
      lastHanEnd = -1;
      return true;
    }
    collectRun();
    segmentRun();
    if (words.isEmpty()) {
      return incrementToken();
    }
    emitWord(words.removeFirst());
    return true;
  }

  /** Gathers the current ideograph and every adjacent one after it; keeps the token that ends it. */
  private void collectRun() throws IOException {
    run.setLength(0);
    // Punctuation (or a space) between two runs of Chinese is a gap no phrase spans: 中国台湾
    // must not match "一个中国，台湾是".
    boolean separated = lastHanEnd >= 0 && offset.startOffset() > lastHanEnd;
    runPositionIncrement = posInc.getPositionIncrement() + (separated ? 1 : 0);
    appendToRun();
    while (true) {
      if (!input.incrementToken()) {
        inputExhausted = true;
        return;
      }
      boolean adjacent = offset.startOffset() == charEnds[run.length() - 1];
      if (!IDEOGRAPHIC.equals(type.type()) || !adjacent) {
        afterRun = captureState();
        return;
      }
      appendToRun();
    }
  }

  private void appendToRun() {
    int needed = run.length() + term.length();
    if (needed > charStarts.length) {
      charStarts = Arrays.copyOf(charStarts, needed * 2);
      charEnds = Arrays.copyOf(charEnds, needed * 2);
    }
    // Every UTF-16 unit of the token maps to the token's offsets (surrogate pairs, normalised chars).
    for (int i = 0; i < term.length(); i++) {
      charStarts[run.length() + i] = offset.startOffset();
      charEnds[run.length() + i] = offset.endOffset();
    }
    run.append(term.buffer(), 0, term.length());
  }

  private void segmentRun() {
    words.clear();
    runText = run.toString();
    for (SegToken word : segmenter.process(runText)) {
      if (word.wordType != WordType.SENTENCE_BEGIN && word.wordType != WordType.SENTENCE_END) {
        words.addLast(word);
      }
    }
    firstWordOfRun = true;
  }

  private void emitWord(SegToken word) {
    clearAttributes();
    term.setEmpty().append(runText, word.startOffset, word.endOffset);
    offset.setOffset(charStarts[word.startOffset], charEnds[word.endOffset - 1]);
    type.setType(HAN_WORD);
    posInc.setPositionIncrement(firstWordOfRun ? runPositionIncrement : 1);
    firstWordOfRun = false;
    lastHanEnd = offset.endOffset();
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    words.clear();
    afterRun = null;
    inputExhausted = false;
    lastHanEnd = -1;
    run.setLength(0);
  }
}
