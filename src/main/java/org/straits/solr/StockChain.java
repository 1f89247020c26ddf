package org.straits.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.straits.analysis.ChineseFolding;

/**
 * Straits' analysis approximated with stock Solr/Lucene factories, declared once as data: the
 * configset's XML and a Lucene {@link CustomAnalyzer} (to measure how far it is from Straits'
 * own chain, {@code ./straits solr parity}) are both generated from it.
 *
 * <p>Words: NFKC case folding, traditional→simplified folding by a {@code MappingCharFilter} whose
 * table is {@link ChineseFolding}'s (before segmentation, offsets on the original text),
 * the regional vocabulary by a second one, {@code HMMChineseTokenizer}, English possessives, the
 * same stop words, KStem. Bigrams:
 * the same folding, {@code StandardTokenizer}, {@code CJKBigramFilter} on Han only, bigrams kept.
 */
final class StockChain {
  static final String MAPPING_FILE = "mapping-folding.txt";
  /** Taiwan → mainland vocabulary after folding (Straits' RegionalVocabulary), a second MappingCharFilter. */
  static final String VOCABULARY_FILE = "mapping-vocabulary.txt";
  static final String STOPWORDS_FILE = "stopwords.txt";
  static final String BIGRAM_TYPES_FILE = "bigram-types.txt";
  /** HMMChineseTokenizer emits every punctuation mark as ","; Straits' tokenizer drops them. */
  static final String PUNCTUATION_FILE = "punctuation.txt";

  /** One factory: its SPI name (Lucene), its Solr class and its parameters. */
  record Stage(Kind kind, String spi, String solrClass, Map<String, String> params) {}

  enum Kind { CHAR_FILTER, TOKENIZER, FILTER }

  private final List<Stage> stages;

  private StockChain(List<Stage> stages) {
    this.stages = stages;
  }

  static StockChain words() {
    return new StockChain(List.of(
        icu(), mapping(), vocabulary(),
        new Stage(Kind.TOKENIZER, "hmmChinese", "solr.HMMChineseTokenizerFactory", Map.of()),
        new Stage(Kind.FILTER, "stop", "solr.StopFilterFactory", Map.of("words", PUNCTUATION_FILE, "ignoreCase", "false")),
        new Stage(Kind.FILTER, "englishPossessive", "solr.EnglishPossessiveFilterFactory", Map.of()),
        new Stage(Kind.FILTER, "stop", "solr.StopFilterFactory", Map.of("words", STOPWORDS_FILE, "ignoreCase", "false")),
        new Stage(Kind.FILTER, "kStem", "solr.KStemFilterFactory", Map.of())));
  }

  static StockChain bigrams() {
    Map<String, String> hanOnly = new LinkedHashMap<>();
    hanOnly.put("han", "true");
    hanOnly.put("hiragana", "false");
    hanOnly.put("katakana", "false");
    hanOnly.put("hangul", "false");
    hanOnly.put("outputUnigrams", "false");
    return new StockChain(List.of(
        icu(), mapping(),
        new Stage(Kind.TOKENIZER, "standard", "solr.StandardTokenizerFactory", Map.of()),
        new Stage(Kind.FILTER, "cjkBigram", "solr.CJKBigramFilterFactory", hanOnly),
        new Stage(Kind.FILTER, "type", "solr.TypeTokenFilterFactory", Map.of("types", BIGRAM_TYPES_FILE, "useWhitelist", "true"))));
  }

  private static Stage icu() {
    return new Stage(Kind.CHAR_FILTER, "icuNormalizer2", "solr.ICUNormalizer2CharFilterFactory",
        Map.of("form", "nfkc_cf", "mode", "compose"));
  }

  private static Stage mapping() {
    return new Stage(Kind.CHAR_FILTER, "mapping", "solr.MappingCharFilterFactory", Map.of("mapping", MAPPING_FILE));
  }

  private static Stage vocabulary() {
    return new Stage(Kind.CHAR_FILTER, "mapping", "solr.MappingCharFilterFactory", Map.of("mapping", VOCABULARY_FILE));
  }

  /** The regional vocabulary as MappingCharFilter rules (longest match wins, as in Straits). */
  static String vocabularyFile() {
    StringBuilder rules = new StringBuilder("# Taiwan to mainland vocabulary after folding (Straits' RegionalVocabulary).\n");
    org.straits.analysis.RegionalVocabulary.standard().mappings().forEach((from, to) ->
        rules.append('"').append(from).append("\" => \"").append(to).append("\"\n"));
    return rules.toString();
  }

  /** The folding table as MappingCharFilter rules, one {@code "臺" => "台"} a line. */
  static String mappingFile() {
    StringBuilder rules = new StringBuilder("# Traditional to simplified, one character for one (Straits' ChineseFolding).\n");
    for (char c = 0x3400; c <= 0xFAFF; c++) {
      char folded = ChineseFolding.fold(c);
      if (folded != c) {
        rules.append('"').append(c).append("\" => \"").append(folded).append("\"\n");
      }
    }
    return rules.toString();
  }

  void appendXml(StringBuilder xml, String typeName) {
    xml.append("  <fieldType name=\"").append(typeName).append("\" class=\"solr.TextField\" positionIncrementGap=\"0\">\n")
        .append("    <analyzer>\n");
    for (Stage stage : stages) {
      String element = switch (stage.kind()) {
        case CHAR_FILTER -> "charFilter";
        case TOKENIZER -> "tokenizer";
        case FILTER -> "filter";
      };
      xml.append("      <").append(element).append(" class=\"").append(stage.solrClass()).append('"');
      stage.params().forEach((key, value) -> xml.append(' ').append(key).append("=\"").append(value).append('"'));
      xml.append("/>\n");
    }
    xml.append("    </analyzer>\n  </fieldType>\n");
  }

  /** The chain as a Lucene analyzer, reading its resource files from a written configset. */
  Analyzer analyzer(Path configset) throws IOException {
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder(configset);
    for (Stage stage : stages) {
      Map<String, String> params = new LinkedHashMap<>(stage.params());
      switch (stage.kind()) {
        case CHAR_FILTER -> builder.addCharFilter(stage.spi(), params);
        case TOKENIZER -> builder.withTokenizer(stage.spi(), params);
        case FILTER -> builder.addTokenFilter(stage.spi(), params);
      }
    }
    return builder.build();
  }

  List<Stage> stages() {
    return new ArrayList<>(stages);
  }
}
