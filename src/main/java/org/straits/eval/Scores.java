package org.straits.eval;

import java.util.List;

/**
 * Retrieval quality, as trec_eval names and defines it.
 *
 * @param map mean average precision (trec_eval {@code map})
 * @param ndcg10 {@code ndcg_cut_10}
 * @param mrr10 {@code recip_rank} counting only the first ten ranks
 * @param recall10 {@code recall_10}
 * @param recall100 {@code recall_100}
 */
public record Scores(double map, double ndcg10, double mrr10, double recall10, double recall100) {
  /** The arithmetic mean of per-query scores; zero for no queries. */
  public static Scores mean(List<Scores> perQuery) {
    int n = Math.max(1, perQuery.size());
    return new Scores(perQuery.stream().mapToDouble(Scores::map).sum() / n,
        perQuery.stream().mapToDouble(Scores::ndcg10).sum() / n,
        perQuery.stream().mapToDouble(Scores::mrr10).sum() / n,
        perQuery.stream().mapToDouble(Scores::recall10).sum() / n,
        perQuery.stream().mapToDouble(Scores::recall100).sum() / n);
  }
}
