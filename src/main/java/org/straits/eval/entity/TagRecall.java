package org.straits.eval.entity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.entity.Gazetteer;

/** Recall of the facets against editors' tags, and the gazetteer's share of frequent tags. */
public final class TagRecall {
  private final Gazetteer gazetteer;
  private final TagClassifier classifier;
  private final Map<String, TagClassifier.Verdict> verdicts = new LinkedHashMap<>();

  public TagRecall(Gazetteer gazetteer, TagClassifier classifier) {
    this.gazetteer = gazetteer;
    this.classifier = classifier;
  }

  /** The verdict for a tag, computed once per distinct tag. */
  public TagClassifier.Verdict verdict(String tag) {
    return verdicts.computeIfAbsent(tag, classifier::classify);
  }

  /**
   * Scores articles that are both tagged and in the corpus.
   *
   * @param facets the entity ids the matcher found, by article id
   * @param topN how many of the most frequent entity tags the known-share looks at
   */
  public TagScores score(Map<String, List<String>> tags, Map<String, Set<String>> facets,
      int topN, int listLength) {
    long pairs = 0;
    long exact = 0;
    long withHierarchy = 0;
    long known = 0;
    Map<String, Integer> frequency = new LinkedHashMap<>();
    Map<String, Integer> missed = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> article : tags.entrySet()) {
      Set<String> direct = facets.get(article.getKey());
      if (direct == null) {
        continue;
      }
      Set<String> closure = withAncestors(direct);
      for (String tag : new HashSet<>(article.getValue())) {
        TagClassifier.Verdict verdict = verdict(tag);
        if (!verdict.isEntity()) {
          continue;
        }
        pairs++;
        frequency.merge(tag, 1, Integer::sum);
        if (verdict.entityId() == null) {
          continue;
        }
        known++;
        exact += direct.contains(verdict.entityId()) ? 1 : 0;
        boolean hit = closure.contains(verdict.entityId());
        withHierarchy += hit ? 1 : 0;
        if (!hit) {
          missed.merge(tag, 1, Integer::sum);
        }
      }
    }
    List<TagCount> top = byCount(frequency, topN);
    long topKnown = top.stream().filter(t -> verdict(t.tag()).entityId() != null).count();
    List<TagCount> unknown = top.stream().filter(t -> verdict(t.tag()).entityId() == null)
        .limit(listLength).toList();
    return new TagScores(pairs, new Ratio(exact, pairs), new Ratio(withHierarchy, pairs),
        new Ratio(withHierarchy, known), new Ratio(topKnown, top.size()), unknown,
        byCount(missed, listLength));
  }

  /** The entities and all their ancestors: the facet values a document is counted under. */
  Set<String> withAncestors(Set<String> ids) {
    Set<String> closure = new HashSet<>();
    for (String id : ids) {
      closure.addAll(gazetteer.pathIds(id));
    }
    return closure;
  }

  static List<TagCount> byCount(Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .map(e -> new TagCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(TagCount::count).reversed()
            .thenComparing(TagCount::tag))
        .limit(limit)
        .toList();
  }
}
