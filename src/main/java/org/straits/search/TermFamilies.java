package org.straits.search;

import java.util.List;

/**
 * Index terms related to a query word (its word family), for widening pasted prose: the index
 * keeps inflections only, so that a short query does not join China and Chinese, but a long
 * question reads better when "retrieval" also finds "retrieve" (see {@link PorterFamilies}).
 */
@FunctionalInterface
public interface TermFamilies {
  /** No widening: each word stands for itself. */
  TermFamilies NONE = terms -> new Family(terms, 1f);

  /** The terms of one query position (a word, or a word and its acronym twin) with their family. */
  Family widen(List<String> terms);

  /**
   * Terms to score as one word, and the weight that gives the word the idf of all the documents
   * holding any of them (a query over synonyms takes the largest single document frequency).
   */
  record Family(List<String> terms, float weight) {}
}
