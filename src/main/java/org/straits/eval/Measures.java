package org.straits.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures trec_eval computes, for one query: a ranking of document ids (best first) against
 * graded judgments (document id → relevance; above zero is relevant). A document ranked twice
 * counts once, where it first appears.
 */
public final class Measures {
  private Measures() {}

  public static Scores score(List<String> ranking, Map<String, Integer> judgments) {
    List<String> ranked = distinct(ranking);
    return new Scores(averagePrecision(ranked, judgments), ndcg(ranked, judgments, 10),
        reciprocalRank(ranked, judgments, 10), recall(ranked, judgments, 10), recall(ranked, judgments, 100));
  }

  /** Sum of precision at each relevant document's rank, over all relevant documents (retrieved or not). */
  public static double averagePrecision(List<String> ranking, Map<String, Integer> judgments) {
    long relevant = relevantCount(judgments);
    if (relevant == 0) {
      return 0;
    }
    double sum = 0;
    int found = 0;
    for (int rank = 1; rank <= ranking.size(); rank++) {
      if (isRelevant(ranking.get(rank - 1), judgments)) {
        found++;
        sum += (double) found / rank;
      }
    }
    return sum / relevant;
  }

  /** DCG with gain = relevance grade and discount log2(rank + 1), over the ideal DCG, both cut at {@code k}. */
  public static double ndcg(List<String> ranking, Map<String, Integer> judgments, int k) {
    double dcg = 0;
    for (int rank = 1; rank <= Math.min(k, ranking.size()); rank++) {
      dcg += Math.max(0, judgments.getOrDefault(ranking.get(rank - 1), 0)) / log2(rank + 1);
    }
    List<Integer> ideal = judgments.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
    double idcg = 0;
    for (int rank = 1; rank <= ideal.size(); rank++) {
      idcg += ideal.get(rank - 1) / log2(rank + 1);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** One over the rank of the first relevant document, when it is within the first {@code k}; else 0. */
  public static double reciprocalRank(List<String> ranking, Map<String, Integer> judgments, int k) {
    for (int rank = 1; rank <= Math.min(k, ranking.size()); rank++) {
      if (isRelevant(ranking.get(rank - 1), judgments)) {
        return 1.0 / rank;
      }
    }
    return 0;
  }

  /** Relevant documents in the first {@code k}, over all relevant documents. */
  public static double recall(List<String> ranking, Map<String, Integer> judgments, int k) {
    long relevant = relevantCount(judgments);
    if (relevant == 0) {
      return 0;
    }
    long found = ranking.stream().limit(k).filter(id -> isRelevant(id, judgments)).count();
    return (double) found / relevant;
  }

  private static List<String> distinct(List<String> ranking) {
    Set<String> seen = new HashSet<>();
    return ranking.stream().filter(seen::add).toList();
  }

  private static boolean isRelevant(String id, Map<String, Integer> judgments) {
    return judgments.getOrDefault(id, 0) > 0;
  }

  private static long relevantCount(Map<String, Integer> judgments) {
    return judgments.values().stream().filter(g -> g > 0).count();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
