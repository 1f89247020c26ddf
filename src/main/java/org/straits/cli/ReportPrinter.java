package org.straits.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.straits.eval.entity.CctvReport;
import org.straits.eval.entity.GuardianEvaluation;
import org.straits.eval.entity.GuardianReport;
import org.straits.eval.entity.StoryScores;
import org.straits.eval.entity.TagCount;
import org.straits.eval.entity.TagScores;

/** Prints the entity evaluation's figures. */
final class ReportPrinter {
  private ReportPrinter() {}

  static void guardian(PrintWriter o, GuardianReport r, Path out) {
    TagScores t = r.tags();
    o.printf("%nGuardian: %d articles, %d tagged, %d facet assignments%n", r.articles(),
        r.tagged(), r.assignments());
    o.printf("  entity tag pairs:           %d%n", t.entityPairs());
    o.printf("  recall (with hierarchy):    %s%n", t.recall());
    o.printf("  recall (exact entity):      %s%n", t.recallExact());
    o.printf("  recall on known tags:       %s%n", t.recallOfKnown());
    o.printf("  known-share (top %d):      %s%n", GuardianEvaluation.TOP_TAGS, t.knownShare());
    o.printf("  precision (seed %d sample): %s, %d unjudged%n", r.seed(),
        r.precision().precision(), r.precision().unjudged());
    o.printf("  unknown among top tags:     %s%n", counts(t.topUnknown()));
    o.printf("  most missed known tags:     %s%n", counts(t.topMissed()));
    o.printf("  sample: %s; tag classes: %s%n", out.resolve("entities-sample.tsv"),
        out.resolve("guardian-tag-classes.tsv"));
  }

  static void cctv(PrintWriter o, CctvReport r, Path judgements, Path sample, Path stories) {
    StoryScores s = r.scores();
    o.printf("%nCCTV: %d stories, %d sampled (seed %d), %d checked for recall%n", r.stories(),
        r.sample().size(), r.seed(), s.checkedStories());
    o.printf("  precision: %s, %d assignments unjudged, %d stale judgement(s)%n", s.precision(),
        s.unjudged(), s.stale());
    o.printf("  recall:    %s%n", s.recall());
    o.printf("  judgements: %s%n", judgements);
    o.printf("  sample: %s; stories: %s%n", sample, stories);
  }

  static void discovery(PrintWriter o, org.straits.eval.entity.DiscoveryEvaluation.Report r, long seed,
      Path judgements, Path sample, long seconds) {
    o.printf("%nDiscovery: %d values in Guardian articles, %d in CCTV stories (%d s with reading)%n",
        r.englishValues(), r.chineseValues(), seconds);
    o.printf("  recall of uncurated tags:   %s%n", r.recall());
    o.printf("  precision (seed %d sample): %s, %d unjudged%n", seed, r.precision().precision(),
        r.precision().unjudged());
    o.printf("  most missed:                %s%n", counts(r.missed()));
    o.printf("  judgements: %s%n  sample: %s%n", judgements, sample);
  }

  private static String counts(java.util.List<TagCount> tags) {
    StringBuilder text = new StringBuilder();
    for (TagCount tag : tags) {
      text.append(text.isEmpty() ? "" : ", ").append(tag.tag()).append(" ").append(tag.count());
    }
    return text.toString();
  }
}
