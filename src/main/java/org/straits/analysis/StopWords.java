package org.straits.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Stop words for both languages, in simplified form because text is folded before the filter. */
public final class StopWords {
  /**
   * Function words that smartcn emits as words of their own and that carry no topic; kept short
   * on purpose, since BM25's idf already discounts frequent words and longer lists start to eat
   * meaningful ones (e.g. 和平 is not 和).
   */
  private static final List<String> CHINESE =
      List.of(
          "的", "了", "和", "是", "在", "与", "及", "等", "也", "就", "都", "而", "之", "把", "被",
          "对", "这", "那", "其", "或", "并", "由", "从", "向", "于", "以", "为", "将", "着", "吗",
          "呢", "吧", "啊", "个", "们", "我", "你", "他", "她", "它");

  private StopWords() {}

  /** The words of {@link #englishAndChinese()}, English first: for a Solr stop word file. */
  public static List<String> list() {
    List<String> all = new ArrayList<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> all.add(new String((char[]) word)));
    all.addAll(CHINESE);
    return all;
  }

  public static CharArraySet englishAndChinese() {
    List<Object> all = new ArrayList<>(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    all.addAll(CHINESE);
    return CharArraySet.unmodifiableSet(new CharArraySet(all, false));
  }
}
