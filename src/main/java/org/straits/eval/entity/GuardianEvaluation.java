package org.straits.eval.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.entity.EntityMatcher;

/**
 * Compares the region/actor facets the matcher gives Guardian articles with the editors' tags.
 * The tags are only the answer key: the matcher sees title and body, never the tags.
 */
public final class GuardianEvaluation {
  /** How many of the most frequent entity tags the known-share looks at. */
  public static final int TOP_TAGS = 200;
  static final int LIST_LENGTH = 40;

  private final EntityMatcher matcher;
  private final TagRecall recall;

  public GuardianEvaluation(EntityMatcher matcher, TagClassifier classifier) {
    this.matcher = matcher;
    this.recall = new TagRecall(matcher.gazetteer(), classifier);
  }

  public TagRecall tagRecall() {
    return recall;
  }

  public GuardianReport evaluate(List<Article> articles, Map<String, List<String>> tags,
      long seed, int sampleSize, List<Judgement> judgements) {
    Map<String, Set<String>> facets = facets(matcher, articles);
    List<Assignment> population = assignments(facets);
    List<Assignment> sample = SeededSample.of(population, a -> a.docId() + "\t" + a.entityId(),
        seed, sampleSize);
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<SampleItem> items = sample.stream()
        .map(a -> MentionContext.of(matcher, byId.get(a.docId()), a.entityId())).toList();
    int tagged = (int) articles.stream().filter(a -> tags.containsKey(a.id())).count();
    return new GuardianReport(articles.size(), tagged, population.size(),
        recall.score(tags, facets, TOP_TAGS, LIST_LENGTH), seed, items,
        PrecisionTally.of(sample, judgements));
  }

  /** The entity ids each article gets, in order of first mention. */
  public static Map<String, Set<String>> facets(EntityMatcher matcher, List<Article> articles) {
    Map<String, Set<String>> facets = new LinkedHashMap<>();
    for (Article article : articles) {
      facets.put(article.id(), new LinkedHashSet<>(matcher.counts(article.text()).keySet()));
    }
    return facets;
  }

  static List<Assignment> assignments(Map<String, Set<String>> facets) {
    List<Assignment> all = new ArrayList<>();
    facets.forEach((doc, ids) -> ids.forEach(id -> all.add(new Assignment(doc, id))));
    return all;
  }
}
