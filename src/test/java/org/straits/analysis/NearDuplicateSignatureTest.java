package org.straits.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

class NearDuplicateSignatureTest {
  private static final String STORY = "Taiwan's coast guard said on Tuesday that four Chinese coast guard vessels sailed into "
      + "restricted waters off Kinmen, the third such incursion this month. The ships entered the zone around 10 a.m. and "
      + "left two hours later after being warned off by radio. China has said it will conduct regular patrols near Kinmen "
      + "since two Chinese fishermen died in February. Residents of the outlying islands worry about a blockade.";
  private static final String ZH = "国务院台湾事务办公室发言人今天在例行新闻发布会上表示，两岸同胞是血脉相连的一家人，"
      + "大陆方面将继续推动两岸经济文化交流合作，深化两岸各领域融合发展，增进台湾同胞福祉。";

  @Test
  void aTraditionalCopyHasTheSimplifiedTextsSignature() {
    String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(ZH);
    assertTrue(!traditional.equals(ZH));
    assertEquals(1.0, NearDuplicateSignature.of("", ZH).similarity(NearDuplicateSignature.of("", traditional)));
  }

  @Test
  void anEditedCopyIsNearAndAnotherStoryIsFar() {
    NearDuplicateSignature original = NearDuplicateSignature.of("Chinese ships enter Kinmen waters", STORY);
    NearDuplicateSignature edited = NearDuplicateSignature.of("UPDATE 1-Chinese ships enter Kinmen waters again",
        STORY.replace(" Residents of the outlying islands worry about a blockade.", ""));
    NearDuplicateSignature other = NearDuplicateSignature.of("Ferry resumes", "Ferry services between Kinmen and Xiamen "
        + "resumed on Wednesday after a storm forced their suspension for two days, the operator said.");
    assertTrue(original.isNearDuplicateOf(edited), "similarity " + original.similarity(edited));
    assertTrue(original.similarity(other) < 0.2, "similarity " + original.similarity(other));
    assertEquals(original.similarity(edited), NearDuplicateSignature.fromBytes(original.toBytes()).similarity(edited));
    assertEquals(NearDuplicateSignature.BANDS, original.bandKeys().size());
    assertEquals(original.bandKeys(), NearDuplicateSignature.fromBytes(original.toBytes()).bandKeys(),
        "a signature read back (Straits' record of a Solr collection) meets its versions in the same bands");
  }
}
