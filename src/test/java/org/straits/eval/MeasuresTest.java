package org.straits.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed examples, with trec_eval's definitions. */
class MeasuresTest {
  private static final double EPS = 1e-4;
  /** Relevant: d1, d3 (retrieved at ranks 1 and 3) and d6 (never retrieved). */
  private static final Map<String, Integer> JUDGED = Map.of("d1", 1, "d3", 1, "d6", 1, "d2", 0);
  private static final List<String> RANKING = List.of("d1", "d2", "d3", "d4", "d5");

  @Test
  void averagePrecisionDividesByAllRelevant() {
    // (1/1 + 2/3) / 3
    assertEquals(0.5556, Measures.averagePrecision(RANKING, JUDGED), EPS);
  }

  @Test
  void ndcgWithBinaryGains() {
    // DCG = 1/log2(2) + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.1309
    assertEquals(0.7039, Measures.ndcg(RANKING, JUDGED, 10), EPS);
  }

  @Test
  void ndcgWithGradedGains() {
    // DCG = 1/1 + 2/log2(3) = 2.2619; IDCG = 2/1 + 1/log2(3) = 2.6309
    assertEquals(0.8597, Measures.ndcg(List.of("b", "a"), Map.of("a", 2, "b", 1), 10), EPS);
  }

  @Test
  void reciprocalRankIsCutAtK() {
    assertEquals(1.0, Measures.reciprocalRank(RANKING, JUDGED, 10), EPS);
    assertEquals(1.0 / 3, Measures.reciprocalRank(List.of("x", "y", "d3"), JUDGED, 10), EPS);
    List<String> late = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "d1");
    assertEquals(0, Measures.reciprocalRank(late, JUDGED, 10), EPS);
  }

  @Test
  void recallAtK() {
    assertEquals(2.0 / 3, Measures.recall(RANKING, JUDGED, 100), EPS);
    assertEquals(1.0 / 3, Measures.recall(RANKING, JUDGED, 2), EPS);
  }

  @Test
  void aDocumentRankedTwiceCountsOnce() {
    Scores scores = Measures.score(List.of("d1", "d1", "d3"), JUDGED);
    assertEquals((1 + 2.0 / 2) / 3, scores.map(), EPS);
  }

  @Test
  void meanOverQueries() {
    Scores mean = Scores.mean(List.of(new Scores(1, 1, 1, 1, 1), new Scores(0, 0.5, 0, 0, 0)));
    assertEquals(new Scores(0.5, 0.75, 0.5, 0.5, 0.5), mean);
  }
}
