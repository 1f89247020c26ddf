package org.straits.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.junit.jupiter.api.Test;

/** The trie char filter gives exactly Lucene's MappingCharFilter's text and offsets. */
class LongestMatchCharFilterTest {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** What a filter gives: its text, and the input offset of every output offset (0..length). */
  private record Filtered(String text, List<Integer> offsets) {}

  private static Filtered run(CharFilter filter, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n; (n = filter.read(buffer, 0, chunk)) != -1; ) {
      out.append(buffer, 0, n);
    }
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i <= out.length(); i++) {
      offsets.add(filter.correctOffset(i));
    }
    filter.close();
    return new Filtered(out.toString(), offsets);
  }

  private static NormalizeCharMap luceneMap(Map<String, String> rules) {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    rules.forEach(builder::add);
    return builder.build();
  }

  private static void assertSame(Map<String, String> rules, String text) throws IOException {
    NormalizeCharMap lucene = luceneMap(rules);
    CharMappings ours = new CharMappings(rules);
    for (int chunk : new int[] {1, 3, 4096}) {
      Filtered expected = run(new MappingCharFilter(lucene, new StringReader(text)), chunk);
      Filtered actual = run(new LongestMatchCharFilter(ours, new StringReader(text)), chunk);
      assertEquals(expected, actual, () -> "chunk " + chunk + ", text: " + text);
    }
  }

  /** Rules that nest, shrink, grow and vanish: a prefix of a longer rule, an empty replacement. */
  private static final Map<String, String> EDGE_RULES = Map.of(
      "a", "", "ab", "xyz", "abc", "q", "abcd", "abcd", "b", "bb", "cd", "", "dcba", "z", "e", "EEEE",
      "xx", "y", "xxx", "");

  @Test
  void edgeRulesOnRandomText() throws IOException {
    Random random = new Random(11);
    String alphabet = "abcdexyz中.";
    for (int round = 0; round < 3000; round++) {
      assertSame(EDGE_RULES, randomText(random, alphabet, random.nextInt(40)));
    }
  }

  @Test
  void regionalVocabularyOnRandomTextOfItsOwnWords() throws IOException {
    Map<String, String> rules = RegionalVocabulary.standard().mappings();
    List<String> words = new ArrayList<>(rules.keySet());
    Random random = new Random(12);
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      for (int piece = random.nextInt(30); piece > 0; piece--) {
        String word = words.get(random.nextInt(words.size()));
        // whole words, their prefixes and joins of two, among other characters
        text.append(random.nextBoolean() ? word : word.substring(0, 1 + random.nextInt(word.length())));
        text.append(randomText(random, "的中国人 a1,", random.nextInt(3)));
      }
      assertSame(rules, text.toString());
    }
  }

  @Test
  void symbolWordsOnRandomText() throws IOException {
    Random random = new Random(13);
    for (int round = 0; round < 2000; round++) {
      assertSame(SymbolWords.rules(), randomText(random, "C+#°F1c 中", random.nextInt(30)));
    }
  }

  @Test
  void wholeChainOnRealText() throws IOException {
    String text = realText();
    assertTrue(text.length() > 50_000, "the test texts are there");
    NormalizeCharMap symbols = luceneMap(SymbolWords.rules());
    NormalizeCharMap regional = RegionalVocabulary.standard().charMap();
    Function<Reader, CharFilter> lucene = in -> new MappingCharFilter(regional,
        new ChineseFoldingCharFilter(new MappingCharFilter(symbols, new ICUNormalizer2CharFilter(in, NFKC))));
    for (String part : text.split("\n")) {
      Filtered expected = run(lucene.apply(new StringReader(part)), 4096);
      Filtered actual = run((CharFilter) BilingualAnalyzer.normalizeAndFold(new StringReader(part)), 4096);
      assertEquals(expected, actual, part);
    }
  }

  @Test
  void anEmptyRuleIsRefusedAsLuceneRefusesIt() {
    assertThrows(IllegalArgumentException.class, () -> new CharMappings(Map.of("", "x")));
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** English seeds, simplified CCTV text, traditional DRCD text (Taiwan words), one line each. */
  private static String realText() throws IOException {
    Map<String, Path> sources = new LinkedHashMap<>();
    sources.put("seed", Path.of("seeds/000_f7ac3b130b48eef7.txt"));
    sources.put("seed2", Path.of("seeds/002_cabe34ed3788d2e2.txt"));
    sources.put("cctv", Path.of("src/test/resources/snippets/cctv-xwlb-20240901-01.jsonl"));
    sources.put("drcd", Path.of("src/test/resources/eval/drcd-mini.json"));
    StringBuilder all = new StringBuilder();
    for (Path path : sources.values()) {
      all.append(Files.readString(path, StandardCharsets.UTF_8)).append('\n');
    }
    return all.toString();
  }
}
