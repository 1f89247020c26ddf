package org.straits.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class BilingualAnalyzerTest {
  private final Analyzer analyzer = new BilingualAnalyzer();

  private List<String> terms(String text) throws IOException {
    return termsOf(analyzer, text);
  }

  /** Each term with the original text it spans, as {@code term@text}. */
  static List<String> termsOf(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  @Test
  void englishIsLowercasedStemmedAndStopped() throws IOException {
    assertEquals(
        List.of("taiwan@Taiwan’s", "relat@relations", "us@U.S"),
        terms("Taiwan’s relations with the U.S."));
  }

  @Test
  void traditionalAndSimplifiedSegmentTheSame() throws IOException {
    assertEquals(List.of("电脑@電腦"), terms("電腦"));
    assertEquals(List.of("电脑@电脑"), terms("电脑"));
    assertEquals(List.of("台湾@臺灣"), terms("臺灣"));
    assertEquals(List.of("台湾@台灣"), terms("台灣"));
  }

  @Test
  void mixedScriptsGetTheirOwnChains() throws IOException {
    assertEquals(
        List.of("两岸@兩岸", "关系@關係", "cross@cross", "strait@Strait", "relat@relations"),
        terms("兩岸關係 (cross-Strait relations)"));
  }

  @Test
  void punctuationSeparatedRunsAreEachSegmented() throws IOException {
    assertEquals(List.of("同胞@同胞", "利益@利益", "电脑@电脑", "产业@产业"), terms("同胞利益，电脑产业"));
  }

  @Test
  void fullWidthLatinIsFolded() throws IOException {
    assertEquals(List.of("pla@ＰＬＡ", "2024@２０２４"), terms("ＰＬＡ ２０２４"));
  }
}
