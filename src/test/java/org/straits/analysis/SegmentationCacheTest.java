package org.straits.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class SegmentationCacheTest {
  /** Repeated runs at different offsets, in other documents, after Latin text, traditional script, a long run. */
  private static final List<String> DOCUMENTS = List.of(
      "新闻联播。习近平在北京会见了中共中央的代表，两岸关系和平发展。",
      "Xi 习近平 met 中共中央 delegates; 两岸关系和平发展 was the theme.",
      "兩岸關係和平發展，習近平在北京會見了中共中央的代表。新闻联播",
      "中华人民共和国国务院总理在人民大会堂举行仪式欢迎来访的外国领导人并同他们举行了会谈双方就双边关系和共同关心的国际和地区问题交换了意见",
      "中华人民共和国国务院总理在人民大会堂举行仪式欢迎来访的外国领导人并同他们举行了会谈双方就双边关系和共同关心的国际和地区问题交换了意见！新闻联播",
      "习近平 习近平，习近平。Taiwan 台湾 台湾海峡 台湾");

  private static Analyzer segmenting(SegmentationCache cache) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return BilingualAnalyzer.normalizeAndFold(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new HanWordSegmentFilter(tokenizer, cache));
      }
    };
  }

  /** Every token as term, offsets, position increment and type. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + ")+" + posInc.getPositionIncrement()
            + type.type());
      }
      ts.end();
    }
    return out;
  }

  private static List<List<String>> allTokens(Analyzer analyzer) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String doc : DOCUMENTS) {
      out.add(tokens(analyzer, doc));
    }
    return out;
  }

  @Test
  void rememberedRunsGiveTheSameTokensAsSegmentingAgain() throws IOException {
    List<List<String>> uncached = allTokens(segmenting(SegmentationCache.none()));
    SegmentationCache cache = new SegmentationCache(true, 1_000);
    Analyzer cached = segmenting(cache);
    assertEquals(uncached, allTokens(cached), "cold cache");
    long hitsAfterFirstPass = cache.counts()[0];
    assertTrue(hitsAfterFirstPass > 0, "runs repeated across documents were answered from the cache");
    assertEquals(uncached, allTokens(cached), "warm cache");
    assertTrue(cache.counts()[0] > hitsAfterFirstPass);
  }

  @Test
  void generationsRollOverWithoutChangingTokens() throws IOException {
    List<List<String>> uncached = allTokens(segmenting(SegmentationCache.none()));
    SegmentationCache tiny = new SegmentationCache(true, 2);
    Analyzer cached = segmenting(tiny);
    for (int round = 0; round < 3; round++) {
      assertEquals(uncached, allTokens(cached), "round " + round);
    }
  }

  @Test
  void theIndexAnalyzerSegmentsAsBefore() throws IOException {
    // The shared cache is on in BilingualAnalyzer; a second pass reads it.
    Analyzer analyzer = new BilingualAnalyzer();
    List<List<String>> first = new ArrayList<>();
    for (String doc : DOCUMENTS) {
      first.add(BilingualAnalyzerTest.termsOf(analyzer, doc));
    }
    for (int i = 0; i < DOCUMENTS.size(); i++) {
      assertEquals(first.get(i), BilingualAnalyzerTest.termsOf(analyzer, DOCUMENTS.get(i)));
    }
  }
}
