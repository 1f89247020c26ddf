package org.straits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.straits.ingest.SourceDocument;

class SyntheticCorpusTest {
  private final SyntheticCorpus synthetic = new SyntheticCorpus(BenchFixtures.documents(20));

  @Test
  void theSameSeedGivesTheSameDocuments() {
    assertEquals(synthetic.generate(300, 7, 0.3), synthetic.generate(300, 7, 0.3));
    assertNotEquals(synthetic.generate(300, 7, 0.3), synthetic.generate(300, 8, 0.3));
  }

  @Test
  void languageMixFollowsTheRealCorpusWithATraditionalShare() {
    List<SourceDocument> docs = synthetic.generate(2_000, 1, 0.3);
    Map<String, Long> mix = BenchRunner.languages(docs);
    long english = mix.getOrDefault("en", 0L);
    long simplified = mix.getOrDefault("zh", 0L);
    long traditional = mix.getOrDefault("zh-traditional", 0L);
    assertEquals(2_000, english + simplified + traditional, mix.toString());
    // Half the real documents are English; 30% of the Chinese ones become traditional.
    assertTrue(Math.abs(english - 1_000) < 100, mix.toString());
    double traditionalShare = (double) traditional / (simplified + traditional);
    assertTrue(Math.abs(traditionalShare - 0.3) < 0.05, mix.toString());
  }

  @Test
  void documentsLookLikeTheirLanguageAndCarryMetadata() {
    for (SourceDocument doc : synthetic.generate(200, 3, 0.5)) {
      assertTrue(doc.id().startsWith("syn-"));
      assertTrue(doc.body().length() > 10, doc.body());
      assertTrue(doc.date() != null && !doc.source().isEmpty());
      boolean han = doc.body().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      assertEquals(doc.lang().equals("zh"), han, doc.toString());
    }
  }

  @Test
  void passagesAreCutAtSentenceEnds() {
    List<String> passages = SyntheticCorpus.split("One. Two! Three?", "en");
    assertEquals(List.of("One. Two! Three?"), passages);
    String longText = "A sentence of some length here. ".repeat(40);
    assertTrue(SyntheticCorpus.split(longText, "en").size() > 1);
    assertTrue(SyntheticCorpus.split(longText, "en").stream().allMatch(p -> p.endsWith(".")));
  }
}
