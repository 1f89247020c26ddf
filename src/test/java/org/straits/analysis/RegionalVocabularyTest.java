package org.straits.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.junit.jupiter.api.Test;

class RegionalVocabularyTest {
  private final Analyzer analyzer = new BilingualAnalyzer();
  private final RegionalVocabulary vocabulary = RegionalVocabulary.standard();

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return BilingualAnalyzerTest.termsOf(analyzer, text);
  }

  private List<String> words(String text) throws IOException {
    return terms(analyzer, text).stream().map(t -> t.substring(0, t.indexOf('@'))).toList();
  }

  @Test
  void taiwanAndMainlandWordsAnalyseAlike() throws IOException {
    String[][] pairs = {
      {"軟體", "软件"}, {"網路", "网络"}, {"資訊", "信息"}, {"人工智慧", "人工智能"}, {"硬體", "硬件"},
      {"伺服器", "服务器"}, {"晶片", "芯片"}, {"網際網路", "互联网"}, {"軟体", "软件"}, {"計畫", "计划"},
    };
    for (String[] pair : pairs) {
      assertEquals(words(pair[1]), words(pair[0]), pair[0] + " / " + pair[1]);
    }
  }

  @Test
  void offsetsStayOnTheWordsTheAuthorWrote() throws IOException {
    // 網際網路 (4 characters) becomes 互联网 (3): the term still spans the original four.
    assertEquals(List.of("互联网@網際網路", "安全@安全"), terms(analyzer, "網際網路安全"));
    assertTrue(terms(analyzer, "臺灣的軟體產業").contains("软件@軟體"));
  }

  @Test
  void pairsWithAnotherCommonMeaningAreLeftOut() throws IOException {
    assertNotEquals(words("数据"), words("資料"), "资料 is 'materials' on the mainland");
    assertNotEquals(words("智能"), words("智慧"), "智慧 is 'wisdom'");
    assertNotEquals(words("内核"), words("核心"));
    assertFalse(vocabulary.pairs().containsKey("资料"));
    // 程序 is the Taiwan word for 进程 and the mainland word for 程式: a chain, left out both ways.
    assertFalse(vocabulary.pairs().containsKey("程序"));
    assertFalse(vocabulary.pairs().containsKey("程式"));
  }

  @Test
  void mainlandWordsStartingWithATaiwanFormAreLeftAsTheyAre() throws IOException {
    // 乌兹别克 is Taiwan for 乌兹别克斯坦: the mainland word must not become 乌兹别克斯坦斯坦.
    assertEquals(words("乌兹别克斯坦"), words("烏茲別克"));
    assertEquals(List.of("乌兹别克斯坦@乌兹别克斯坦"), terms(analyzer, "乌兹别克斯坦"));
  }

  @Test
  void everyKeyIsFoldedAndNoPairChains() {
    for (Map.Entry<String, String> pair : vocabulary.pairs().entrySet()) {
      assertEquals(RegionalVocabulary.canonical(pair.getKey()), pair.getKey());
      assertFalse(vocabulary.pairs().containsKey(pair.getValue()), pair.toString());
    }
    assertTrue(vocabulary.pairs().size() > 300, "pairs: " + vocabulary.pairs().size());
  }

  /**
   * The exported data as an external engine uses it: Lucene's MappingCharFilter with the T→S table,
   * then another with the vocabulary's mappings, gives the very terms and offsets Straits does.
   */
  @Test
  void mappingCharFiltersBuiltFromTheExportedMapsGiveTheSameTerms() throws IOException {
    Analyzer exported = new ExportedMappingAnalyzer(
        charMap(ChineseFolding.table()), charMap(vocabulary.mappings()));
    List<String> sentences = List.of(
        "央视网消息（新闻联播）：人工智能、大数据、云计算等新一代信息技术加快发展，芯片和软件产业迈上新台阶。",
        "臺灣的半導體晶片與軟體產業，在人工智慧與網際網路時代面臨新的資訊安全挑戰。",
        "伺服器、硬體和作業系統的供應鏈；乌兹别克斯坦和烏茲別克；資料與数据；計程車與出租车。",
        "The PLA Navy's 軟體 update (TPP) and 网络 security in 2024");
    for (String sentence : sentences) {
      assertEquals(terms(analyzer, sentence), terms(exported, sentence), sentence);
    }
  }

  private static NormalizeCharMap charMap(Map<String, String> map) {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    map.forEach(builder::add);
    return builder.build();
  }

  /** BilingualAnalyzer's tokenizer chain behind two plain MappingCharFilters, as Solr would build it. */
  private static final class ExportedMappingAnalyzer extends Analyzer {
    private final NormalizeCharMap folding;
    private final NormalizeCharMap vocabulary;
    private final BilingualAnalyzer tokens = new BilingualAnalyzer();

    ExportedMappingAnalyzer(NormalizeCharMap folding, NormalizeCharMap vocabulary) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.folding = folding;
      this.vocabulary = vocabulary;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      Reader normalized = new ICUNormalizer2CharFilter(reader,
          com.ibm.icu.text.Normalizer2.getNFKCInstance());
      return new MappingCharFilter(vocabulary, new MappingCharFilter(folding, normalized));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return tokens.createComponents(fieldName);
    }
  }
}
