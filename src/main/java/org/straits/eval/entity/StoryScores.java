package org.straits.eval.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.straits.eval.entity.StoryJudgement.Kind;

/**
 * Precision and recall over a judged sample of stories.
 *
 * <p>Precision is over assignments with a RIGHT or WRONG line; an assignment without one (e.g.
 * new after a gazetteer edit) is counted as unjudged. An entity judged MISSING that the matcher
 * now assigns counts as a right assignment: the reader already confirmed the story mentions it.
 * Recall is over stories with a CHECKED line: right assignments / (right + still missing).
 *
 * @param checkedStories sampled stories read in full for missing entities
 * @param unjudged assignments in sampled stories without a RIGHT or WRONG line
 * @param stale judgement lines for assignments the stories no longer get
 */
public record StoryScores(int checkedStories, int right, int wrong, int unjudged,
    int recallFound, int recallMissing, int stale) {

  public Ratio precision() {
    return new Ratio(right, right + wrong);
  }

  public Ratio recall() {
    return new Ratio(recallFound, recallFound + recallMissing);
  }

  /** @param assignments the entity ids the matcher gives each sampled story, by story id */
  public static StoryScores of(Map<String, Set<String>> assignments,
      List<StoryJudgement> judgements) {
    Map<String, List<StoryJudgement>> byStory = judgements.stream()
        .collect(Collectors.groupingBy(StoryJudgement::storyId));
    int[] t = new int[7];
    for (Map.Entry<String, Set<String>> story : assignments.entrySet()) {
      tallyStory(story.getValue(), byStory.getOrDefault(story.getKey(), List.of()), t);
    }
    return new StoryScores(t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
  }

  /** Adds one story to the tallies t = checked, right, wrong, unjudged, found, missing, stale. */
  private static void tallyStory(Set<String> assigned, List<StoryJudgement> lines, int[] t) {
    boolean checked = lines.stream().anyMatch(j -> j.kind() == Kind.CHECKED);
    Map<String, Kind> verdicts = lines.stream()
        .filter(j -> j.kind() != Kind.CHECKED)
        .collect(Collectors.toMap(StoryJudgement::subject, StoryJudgement::kind, (a, b) -> b));
    t[0] += checked ? 1 : 0;
    for (String id : assigned) {
      Kind verdict = verdicts.get(id);
      boolean right = verdict == Kind.RIGHT || verdict == Kind.MISSING;
      t[1] += right ? 1 : 0;
      t[2] += verdict == Kind.WRONG ? 1 : 0;
      t[3] += verdict == null ? 1 : 0;
      t[4] += checked && right ? 1 : 0;
    }
    for (Map.Entry<String, Kind> line : verdicts.entrySet()) {
      boolean present = assigned.contains(line.getKey());
      t[5] += checked && line.getValue() == Kind.MISSING && !present ? 1 : 0;
      t[6] += line.getValue() != Kind.MISSING && !present ? 1 : 0;
    }
  }
}
