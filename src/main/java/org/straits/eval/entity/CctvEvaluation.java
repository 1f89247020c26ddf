package org.straits.eval.entity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.entity.EntityMatcher;

/** Precision and recall of the facets on a seeded sample of CCTV Xinwen Lianbo stories. */
public final class CctvEvaluation {
  private final EntityMatcher matcher;

  public CctvEvaluation(EntityMatcher matcher) {
    this.matcher = matcher;
  }

  public CctvReport evaluate(List<Article> stories, long seed, int sampleSize,
      List<StoryJudgement> judgements) {
    List<Article> sample = SeededSample.of(stories, Article::id, seed, sampleSize);
    Map<String, Set<String>> assigned = new LinkedHashMap<>();
    List<CctvReport.StorySample> samples = sample.stream().map(story -> {
      Set<String> ids = new LinkedHashSet<>(matcher.counts(story.text()).keySet());
      assigned.put(story.id(), ids);
      return new CctvReport.StorySample(story,
          ids.stream().map(id -> MentionContext.of(matcher, story, id)).toList());
    }).toList();
    return new CctvReport(stories.size(), seed, samples,
        StoryScores.of(assigned, resolved(judgements)));
  }

  /**
   * MISSING lines name the entity as the story wrote it (加沙). Once the gazetteer knows that
   * name, the line is rewritten to the entity id, so a fixed miss counts as found without
   * editing the judgements.
   */
  List<StoryJudgement> resolved(List<StoryJudgement> judgements) {
    TagMapper names = new TagMapper(matcher);
    return judgements.stream().map(j -> {
      if (j.kind() != StoryJudgement.Kind.MISSING
          || matcher.gazetteer().byId(j.subject()).isPresent()) {
        return j;
      }
      return names.entityOf(j.subject())
          .map(id -> new StoryJudgement(j.storyId(), id, j.kind(), j.why())).orElse(j);
    }).toList();
  }
}
