package org.straits.eval.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.straits.entity.EntityMatcher;
import org.straits.eval.entity.StoryJudgement.Kind;

/** Recall, known-share and precision on a tiny hand-made set whose answers are worked out. */
class MetricsTest {
  private final EntityMatcher matcher = EvalFixtures.matcher();
  private final TagRecall recall = new TagRecall(matcher.gazetteer(),
      new TagClassifier(new TagMapper(matcher), Set.of("Culture")));

  @Test
  void recallCountsEntityTagsOnlyAndHierarchyOnRequest() {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    tags.put("a", List.of("Taiwan", "Culture", "Andy Murray")); // hit, topic, unknown
    tags.put("b", List.of("Taiwan", "Kinmen"));                  // via Kinmen only; hit
    tags.put("c", List.of("United States"));                     // miss
    tags.put("gone", List.of("Taiwan"));                         // not in corpus: skipped
    Map<String, Set<String>> facets = Map.of(
        "a", Set.of("taiwan"), "b", Set.of("kinmen"), "c", Set.of("prc"));
    TagScores s = recall.score(tags, facets, 2, 10);
    assertEquals(5, s.entityPairs());
    assertEquals(new Ratio(2, 5), s.recallExact());    // a:Taiwan, b:Kinmen
    assertEquals(new Ratio(3, 5), s.recall());         // + b:Taiwan through Kinmen's parent
    assertEquals(new Ratio(3, 4), s.recallOfKnown());
    // Top 2 entity tags by article count: Taiwan (2), then Andy Murray / Kinmen / United
    // States (1 each, ties by name): Andy Murray, unknown. Known-share 1/2.
    assertEquals(new Ratio(1, 2), s.knownShare());
    assertEquals(List.of(new TagCount("Andy Murray", 1)), s.topUnknown());
    assertEquals(List.of(new TagCount("United States", 1)), s.topMissed());
  }

  @Test
  void precisionJoinsSampleWithJudgements() {
    List<Assignment> sample = List.of(new Assignment("a", "taiwan"),
        new Assignment("a", "prc"), new Assignment("b", "us"));
    List<Judgement> judgements = List.of(new Judgement("a", "taiwan", true, ""),
        new Judgement("a", "prc", false, ""), new Judgement("z", "us", true, "not sampled"));
    PrecisionTally tally = PrecisionTally.of(sample, judgements);
    assertEquals(new PrecisionTally(1, 1, 1), tally);
    assertEquals(0.5, tally.precision().value());
  }

  @Test
  void storyScoresSeparatePrecisionAndRecall() {
    Map<String, Set<String>> assigned = new LinkedHashMap<>();
    assigned.put("s1", Set.of("taiwan", "prc", "us"));
    assigned.put("s2", Set.of("kinmen"));
    assigned.put("s3", Set.of("taiwan"));
    List<StoryJudgement> lines = List.of(
        line("s1", "*", Kind.CHECKED), line("s1", "taiwan", Kind.RIGHT),
        line("s1", "prc", Kind.WRONG), line("s1", "南海", Kind.MISSING),
        line("s2", "*", Kind.CHECKED), line("s2", "kinmen", Kind.MISSING),
        line("s3", "taiwan", Kind.RIGHT), line("s3", "pla", Kind.WRONG));
    StoryScores s = StoryScores.of(assigned, lines);
    // s1: us unjudged; s2: kinmen was missing, now assigned: right; s3 not checked.
    assertEquals(new StoryScores(2, 3, 1, 1, 2, 1, 1), s);
    assertEquals(new Ratio(3, 4), s.precision());
    assertEquals(new Ratio(2, 3), s.recall());
  }

  private static StoryJudgement line(String story, String subject, Kind kind) {
    return new StoryJudgement(story, subject, kind, "");
  }

  @Test
  void ratioOfNothingIsNotANumber() {
    assertTrue(Double.isNaN(new Ratio(0, 0).value()));
    assertEquals("0.667 (2/3)", new Ratio(2, 3).toString());
  }
}
