package org.straits.eval;

import java.util.Map;

/**
 * The scores of each system on one query set.
 *
 * @param querySet the query set's name
 * @param documents documents searched
 * @param queries judged queries scored
 * @param bySystem system name → mean scores, Straits first
 */
public record EvalResult(String querySet, int documents, int queries, Map<String, Scores> bySystem) {}
