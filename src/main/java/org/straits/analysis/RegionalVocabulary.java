package org.straits.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Taiwan and mainland words for the same thing (軟體/软件, 網路/网络, 人工智慧/人工智能), mapped to
 * one canonical mainland form before segmentation, at index and query time alike, so either word
 * finds both.
 *
 * <p>The pairs are OpenCC's {@code TWPhrases} table as shipped in the opencc4j jar ({@link #SOURCE}),
 * with the few pairs of {@code analysis/regional-vocabulary-additions.txt} (計畫/计划), less the pairs
 * listed in {@code analysis/regional-vocabulary-exclusions.txt}: those whose Taiwan or mainland form
 * has another common meaning (资料 "materials" is not 数据 "data"). Keys and values are
 * in the form the char filter sees them: NFKC case-folded and traditional→simplified folded, so the
 * map applies after {@link ChineseFoldingCharFilter}.
 *
 * <p>The mapping is by characters, longest match first, not by words: a Taiwan form also matches
 * across a word boundary (交通网路线 has 网路). Short, rare pairs that did so in the corpora are
 * excluded; 网路/网络 is kept, since it is the pair readers need most.
 *
 * <p>The same data drives Straits' own char filter ({@link #filter}: what a Lucene
 * {@code MappingCharFilter} over {@link #charMap()} does) and the mapping file an external engine is given, so both find the same words.
 */
public final class RegionalVocabulary {
  /** Where the table comes from; part of the index fingerprint. */
  public static final String SOURCE = "OpenCC TWPhrases via com.github.houbb:opencc4j:1.14.0";

  private static final String TABLE = "/data/dictionary/TWPhrases.txt";
  private static final String ADDITIONS = "/analysis/regional-vocabulary-additions.txt";
  private static final String EXCLUSIONS = "/analysis/regional-vocabulary-exclusions.txt";
  private static final Normalizer2 NFKC_CASEFOLD =
      Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

  private static final class Standard {
    static final RegionalVocabulary INSTANCE = load();
  }

  private final Map<String, String> pairs;
  private final Map<String, String> mappings;
  private final NormalizeCharMap charMap;
  private final CharMappings trie;

  RegionalVocabulary(Map<String, String> pairs) {
    this.pairs = Collections.unmodifiableMap(new TreeMap<>(pairs));
    this.mappings = Collections.unmodifiableMap(withGuards(this.pairs));
    this.charMap = build(mappings);
    this.trie = new CharMappings(mappings);
  }

  /** The vocabulary Straits indexes with. */
  public static RegionalVocabulary standard() {
    return Standard.INSTANCE;
  }

  /** Folded Taiwan form → mainland form, e.g. 软体 → 软件 (軟體 folds to 软体 first). */
  public Map<String, String> pairs() {
    return pairs;
  }

  /**
   * Everything a longest-match {@code MappingCharFilter} needs, applied after T→S folding: the
   * {@link #pairs()} plus each mainland form mapped to itself. The identity entries guard mainland
   * words that start with a Taiwan form (乌兹别克斯坦 starts with the Taiwan 乌兹别克): the longer
   * match wins and the word is left as it is.
   *
   * <p>The keys are folded text, so one MappingCharFilter cannot both fold and map (軟體 would
   * need its own entry): chain two, {@link ChineseFolding#table()} first, then these. That chain
   * gives exactly Straits' terms and offsets ({@code RegionalVocabularyTest}).
   */
  public Map<String, String> mappings() {
    return mappings;
  }

  /** {@link #mappings()} as a Lucene map, for {@code MappingCharFilter}. */
  public NormalizeCharMap charMap() {
    return charMap;
  }

  /**
   * {@code folded} (text after {@link ChineseFoldingCharFilter}) with the Taiwan words mapped:
   * what a {@code MappingCharFilter} over {@link #charMap()} gives, offsets too, at less cost.
   */
  public Reader filter(Reader folded) {
    return new LongestMatchCharFilter(trie, folded);
  }

  /** A short hash of {@link #mappings()}: changes whenever a pair is added or excluded. */
  public String fingerprint() {
    return Integer.toHexString(mappings.hashCode());
  }

  /** Mainland form → the Taiwan forms that map to it (for the evaluation's converted copies). */
  public Map<String, List<String>> taiwanForms() {
    return pairs.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
  }

  /** The form the char filter sees: NFKC case folding, then traditional → simplified. */
  static String canonical(String text) {
    return ChineseFolding.fold(NFKC_CASEFOLD.normalize(text));
  }

  private static Map<String, String> withGuards(Map<String, String> pairs) {
    Map<String, String> all = new TreeMap<>(pairs);
    for (String mainland : pairs.values()) {
      all.putIfAbsent(mainland, mainland);
    }
    return all;
  }

  private static NormalizeCharMap build(Map<String, String> mappings) {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    mappings.forEach(builder::add);
    return builder.build();
  }

  static RegionalVocabulary load() {
    // Additions are written Taiwan form first, like the exclusions; the table is mainland first.
    List<String[]> table = new java.util.ArrayList<>();
    readPairs(ADDITIONS).forEach(pair -> table.add(new String[] {pair[1], pair[0]}));
    table.addAll(readPairs(TABLE));
    Set<String> excluded = readPairs(EXCLUSIONS).stream()
        .map(pair -> key(canonical(pair[0]), canonical(pair[1])))
        .collect(Collectors.toSet());
    return new RegionalVocabulary(select(table, excluded));
  }

  /**
   * The usable pairs of {@code table} (mainland, Taiwan as OpenCC writes them): not excluded, not
   * the same word once folded, the first mainland form when a Taiwan form has several (界面/接口
   * for 介面), and no chains: a Taiwan form that is some pair's mainland form (程序 is Taiwan for
   * 进程 and mainland for 程式) is a word in both places and is left alone.
   */
  static Map<String, String> select(List<String[]> table, Set<String> excluded) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String[] row : table) {
      String mainland = canonical(row[0]);
      String taiwan = canonical(row[1]);
      if (!taiwan.equals(mainland) && !excluded.contains(key(taiwan, mainland))) {
        chosen.putIfAbsent(taiwan, mainland);
      }
    }
    Set<String> mainlandForms = Set.copyOf(chosen.values());
    chosen.keySet().removeIf(mainlandForms::contains);
    return chosen;
  }

  private static String key(String taiwan, String mainland) {
    return taiwan + '\t' + mainland;
  }

  /** Lines of two whitespace-separated words; '#' lines, blank lines and a third column are ignored. */
  private static List<String[]> readPairs(String resource) {
    try (InputStream in = RegionalVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " (is opencc4j on the classpath?)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.split("\\s+", 3))
          .filter(parts -> parts.length >= 2)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
