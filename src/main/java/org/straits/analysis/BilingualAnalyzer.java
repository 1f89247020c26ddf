package org.straits.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One analysis chain for English, simplified and traditional Chinese, and text that mixes them.
 *
 * <ol>
 *   <li>NFKC (full-width Latin and digits, compatibility ideographs), keeping case for now;
 *   <li>words written with symbols spelled out ({@link SymbolWords}: ℃ is not the letter C, C++ is a word);
 *   <li>traditional → simplified folding, before any segmentation;
 *   <li>Taiwan vocabulary to the mainland form ({@link RegionalVocabulary}: 軟體 = 软件);
 *   <li>UAX#29 word breaks; runs of ideographs re-segmented into words by smartcn;
 *   <li>kana and hangul as bigrams (they are rare here, but single kana match everything);
 *   <li>English possessives, dotted acronyms (U.S. = US);
 *   <li>acronyms in capitals kept apart from words, everything else case-folded
 *       ({@link AcronymCaseFilter}: US is not us or use, PLA is not pla);
 *   <li>English and Chinese stop words, inflections undone by KStem ({@link InflectionStemFilter};
 *       a no-op on Han and on acronyms).
 * </ol>
 *
 * <p>KStem rather than Porter: Porter cut use/used/using to "us", the acronym's term, and joins
 * unrelated words (general/generous, policy/police); KStem checks its stems against a
 * dictionary, and only its inflectional stems are kept, so China is not Chinese. CISI figures
 * for each choice are in docs/benchmarks.md.
 */
public final class BilingualAnalyzer extends Analyzer {
  /**
   * Bumped when the chain analyses text differently: part of the index fingerprint, so an index
   * built with an older chain is rebuilt (2: words written with symbols, {@link SymbolWords}).
   */
  public static final int VERSION = 2;

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFKC_CASEFOLD =
      Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

  private final CharArraySet stopWords;

  public BilingualAnalyzer() {
    this(StopWords.englishAndChinese());
  }

  public BilingualAnalyzer(CharArraySet stopWords) {
    this.stopWords = stopWords;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return normalizeAndFold(reader);
  }

  /**
   * The character filters every Straits analyzer starts with: NFKC, then words written with
   * symbols spelled out (℃ → celsius), then T→S, then Taiwan words to their mainland form
   * (軟體 → 软体 → 软件). Offsets stay on the original text. Case is folded later, per token, so
   * that an acronym in capitals can be told from a word.
   */
  static Reader normalizeAndFold(Reader reader) {
    Reader folded = new ChineseFoldingCharFilter(SymbolWords.spellOut(new ICUNormalizer2CharFilter(reader, NFKC)));
    return RegionalVocabulary.standard().filter(folded);
  }

  /** Prefix and other multi-term queries (inspect*) are folded like words. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUNormalizer2Filter(in, NFKC_CASEFOLD);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new HanWordSegmentFilter(tokenizer);
    stream =
        new CJKBigramFilter(
            stream, CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL);
    stream = new EnglishPossessiveFilter(stream);
    stream = new AcronymDotFilter(stream);
    stream = new AcronymCaseFilter(stream, stopWords);
    stream = new StopFilter(stream, stopWords);
    stream = new InflectionStemFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** The English stop set Lucene's EnglishAnalyzer uses, for the plain-Lucene baseline too. */
  public static CharArraySet englishStopWords() {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  }
}
