package org.straits.entity.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name-like words read from the dictionary are those of HanLP's own dictionary segmenter. */
class DictionaryNamesTest {
  /** What discovery ran before: HanLP's longest-match segmenter with parts of speech. */
  private static final Segment SEGMENTER = new DoubleArrayTrieSegment()
      .enablePartOfSpeechTagging(true)
      .enableCustomDictionary(false)
      .enableOffset(true);

  /** Places, bodies and persons among numbers, Latin letters, dates and punctuation. */
  private static final List<String> SENTENCES = List.of(
      "国务院台湾事务办公室在北京举行例行新闻发布会",
      "2024年3月5日，第十四届全国人民代表大会第二次会议在人民大会堂开幕",
      "APEC第30次领导人非正式会议在美国旧金山举行，G20峰会在印度新德里",
      "上海市浦东新区和广东省深圳市、香港特别行政区的100多家企业",
      "联合国安理会、世界卫生组织和欧洲联盟的代表团抵达日内瓦",
      "毛泽东、周恩来和邓小平在延安",
      "３．５％的增长，ＧＤＰ达到1.26万亿元");

  @Test
  void findsWhatTheDictionarySegmenterFindsAtTheSameOffsets() {
    int named = 0;
    for (String sentence : SENTENCES) {
      String text = "前一句。" + sentence + "。后一句";
      int from = "前一句。".length();
      List<String> expected = new ArrayList<>();
      for (Term term : SEGMENTER.seg(sentence)) {
        if (DictionaryNames.mayBeName(term.nature)) {
          expected.add(term.word + "/" + term.nature + "@" + (from + term.offset));
        }
      }
      List<Term> found = new ArrayList<>();
      DictionaryNames.scan(text, from, from + sentence.length(), found);
      List<String> actual = found.stream().map(t -> t.word + "/" + t.nature + "@" + t.offset).toList();
      assertEquals(expected, actual, sentence);
      named += actual.size();
    }
    assertTrue(named >= 10, "the sentences name places and bodies the dictionary knows: " + named);
  }

  @Test
  void readsPersonsPlacesAndOrganisationsOnly() {
    for (Nature nature : List.of(Nature.nr, Nature.ns, Nature.nsf, Nature.nt, Nature.ntc, Nature.nto)) {
      assertTrue(DictionaryNames.mayBeName(nature), nature.toString());
    }
    for (Nature nature : List.of(Nature.n, Nature.v, Nature.nz, Nature.nx, Nature.m, Nature.nrf, Nature.nn)) {
      assertFalse(DictionaryNames.mayBeName(nature), nature.toString());
    }
  }
}
