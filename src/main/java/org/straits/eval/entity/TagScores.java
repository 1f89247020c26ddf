package org.straits.eval.entity;

import java.util.List;

/**
 * How the facets of tagged articles compare with the editors' entity tags.
 *
 * @param entityPairs (article, tag) pairs whose tag names a place, person or organisation
 * @param recallExact share of those pairs whose article has the tag's entity itself as a facet
 * @param recall share whose article has the entity or one of its descendants (Beijing counts
 *     for China): what a user filtering on the facet gets, since facet paths include ancestors
 * @param recallOfKnown {@code recall} restricted to pairs whose tag the gazetteer knows: the
 *     matcher's share, separated from the gazetteer's coverage
 * @param knownShare of the most frequent entity tags, the share the gazetteer knows
 * @param topUnknown the most frequent entity tags the gazetteer does not know
 * @param topMissed known entity tags most often missed by the facets
 */
public record TagScores(long entityPairs, Ratio recallExact, Ratio recall, Ratio recallOfKnown,
    Ratio knownShare, List<TagCount> topUnknown, List<TagCount> topMissed) {}
