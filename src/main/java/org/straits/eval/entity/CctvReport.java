package org.straits.eval.entity;

import java.util.List;

/**
 * The CCTV evaluation: a seeded sample of stories, what the matcher assigns each, and the
 * figures from the reader's judgements.
 *
 * @param stories stories in the corpus
 */
public record CctvReport(int stories, long seed, List<StorySample> sample, StoryScores scores) {

  /** A sampled story and its assignments, each with the context of its first mention. */
  public record StorySample(Article story, List<SampleItem> assignments) {}
}
