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
        List.of("taiwan@Taiwan’s", "relation@relations", "US@U.S"),
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
        List.of("两岸@兩岸", "关系@關係", "cross@cross", "strait@Strait", "relation@relations"),
        terms("兩岸關係 (cross-Strait relations)"));
  }

  @Test
  void punctuationSeparatedRunsAreEachSegmented() throws IOException {
    assertEquals(List.of("同胞@同胞", "利益@利益", "电脑@电脑", "产业@产业"), terms("同胞利益，电脑产业"));
  }

  @Test
  void noPhraseSpansPunctuationBetweenChineseRuns() throws IOException {
    List<Integer> increments = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", "一个中国，台湾是")) {
      org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute inc =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        increments.add(inc.getPositionIncrement());
      }
      ts.end();
    }
    assertEquals(List.of(1, 1, 2), increments, "一 个 中国 | 台湾 (是 is a stop word, 一个 may be one word)");
  }

  @Test
  void fullWidthLatinIsFolded() throws IOException {
    assertEquals(List.of("PLA@ＰＬＡ", "2024@２０２４", "taiwan@Ｔａｉｗａｎ"), terms("ＰＬＡ ２０２４ Ｔａｉｗａｎ"));
  }

  @Test
  void acronymsInCapitalsAreNotWords() throws IOException {
    assertEquals(List.of("use@use", "force@force"), terms("use of force"));
    assertEquals(List.of("use@used", "use@Using", "US@US", "US@U.S"), terms("used Using US U.S."));
    assertEquals(List.of("plan@plan", "PLA@PLA", "PLAN@PLAN", "ROC@ROC", "TPP@TPP", "UN@UN"), terms("plan PLA PLAN ROC TPP UN"));
    assertEquals(List.of("US@US", "air@Air", "force@Force"), terms("US Air Force"), "a sentence-initial capital is a word");
    assertEquals(List.of("unesco@UNESCO"), terms("UNESCO"), "longer than an acronym: a word in capitals");
  }

  @Test
  void aHeadlineInCapitalsIsWordsAndStillFindsItsAcronyms() throws IOException {
    assertEquals(List.of("china@CHINA", "CHINA@CHINA", "warn@WARNS", "WARNS@WARNS", "us@US", "US@US",
            "over@OVER", "OVER@OVER", "taiwan@TAIWAN"),
        terms("CHINA WARNS US OVER TAIWAN"));
    assertEquals(List.of("use@USE", "USE@USE", "force@FORCE", "FORCE@FORCE"), terms("USE OF FORCE"));
    assertEquals(List.of("US@US", "PLA@PLA", "ROC@ROC"), terms("US PLA ROC"), "a row of acronyms is not shouting");
  }

  @Test
  void kstemUndoesInflectionWithoutJoiningUnrelatedWords() throws IOException {
    assertEquals(List.of("visit@visit", "visit@visits", "visit@visited", "force@forces", "relation@relations"),
        terms("visit visits visited forces relations"));
    assertEquals(List.of("general@general", "generous@generous", "policy@policy", "police@police"),
        terms("general generous policy police"));
    assertEquals(List.of("china@China", "chinese@Chinese", "economic@economic", "economy@economy", "policy@policies", "plan@planned"),
        terms("China Chinese economic economy policies planned"), "derivations are other words");
  }

  @Test
  void wordsWrittenWithSymbolsAreNotTheLetterTheyContain() throws IOException {
    // NFKC makes ℃ "°C": a temperature must not be the letter C, nor C++ and C#.
    assertEquals(List.of("降温@降温", "8@8", "celsius@℃"), terms("降温8℃"));
    assertEquals(List.of("40@40", "celsius@C", "104f@104F"), terms("40°C (104F)"), "typed °C is ℃ too");
    assertEquals(List.of("celsius@℃", "celsius@Celsius", "fahrenheit@℉", "32@32", "fahrenheit@F"), terms("℃ Celsius ℉ 32°F"));
    assertEquals(List.of("cpp@C++", "programmer@programmers", "cpp@c++", "cpp@Ｃ＋＋", "11@11", "csharp@C#"),
        terms("C++ programmers c++ Ｃ＋＋11 C#"));
    assertEquals(List.of("plan@Plan", "c@C", "group@Group", "c@C", "c@C", "major@major", "c@C", "grade@grade"),
        terms("Plan C, Group C, C major, a C+ grade"), "the letter alone stays the letter");
  }
}
