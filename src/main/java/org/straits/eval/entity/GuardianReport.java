package org.straits.eval.entity;

import java.util.List;

/**
 * The Guardian evaluation's figures.
 *
 * @param articles articles in the corpus
 * @param tagged of those, articles with a tag list
 * @param assignments distinct (article, entity) facet assignments over the corpus
 * @param sample the seeded precision sample, in sample order
 */
public record GuardianReport(int articles, int tagged, int assignments, TagScores tags,
    long seed, List<SampleItem> sample, PrecisionTally precision) {}
