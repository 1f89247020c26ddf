package org.straits.eval.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Mention;

/** Renders samples and tag tables as text files for a reader to judge and to review. */
public final class SampleTsv {
  private SampleTsv() {}

  /** The Guardian precision sample, with any judgement already recorded for an item. */
  public static String guardian(GuardianReport report, List<Judgement> judgements) {
    Map<Assignment, Judgement> byItem = new HashMap<>();
    judgements.forEach(j -> byItem.put(j.assignment(), j));
    StringBuilder out = new StringBuilder(
        "seed\tarticle_id\tentity_id\tentity_name\tsurface\tcontext\tcorrect\twhy\n");
    for (SampleItem item : report.sample()) {
      Judgement j = byItem.get(new Assignment(item.docId(), item.entityId()));
      out.append(report.seed()).append('\t').append(item.docId()).append('\t')
          .append(item.entityId()).append('\t').append(item.entityName()).append('\t')
          .append(item.surface()).append('\t').append(item.context()).append('\t')
          .append(j == null ? "unjudged" : j.correct() ? "yes" : "no").append('\t')
          .append(j == null ? "" : j.why()).append('\n');
    }
    return out.toString();
  }

  /** The CCTV sample, one line per assignment. */
  public static String cctv(CctvReport report) {
    StringBuilder out = new StringBuilder(
        "seed\tstory_id\tentity_id\tentity_name\tsurface\tcontext\n");
    for (CctvReport.StorySample story : report.sample()) {
      for (SampleItem item : story.assignments()) {
        out.append(report.seed()).append('\t').append(item.docId()).append('\t')
            .append(item.entityId()).append('\t').append(item.entityName()).append('\t')
            .append(item.surface()).append('\t').append(item.context()).append('\n');
      }
    }
    return out.toString();
  }

  /** Sampled stories in full, each mention marked as 【surface|entity-id】, for reading. */
  public static String annotatedStories(CctvReport report, EntityMatcher matcher) {
    StringBuilder out = new StringBuilder();
    for (CctvReport.StorySample story : report.sample()) {
      String text = story.story().text();
      out.append("=== ").append(story.story().id()).append(" — assigned: ")
          .append(story.assignments().stream().map(SampleItem::entityId)
              .collect(Collectors.joining(" ")))
          .append('\n').append(annotate(text, matcher.find(text))).append("\n\n");
    }
    return out.toString();
  }

  static String annotate(String text, List<Mention> mentions) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Mention m : mentions) {
      out.append(text, at, m.start()).append('【').append(m.textIn(text)).append('|')
          .append(m.entityId()).append('】');
      at = m.end();
    }
    return out.append(text.substring(at)).toString();
  }

  /** Every distinct tag with its article count and classification, most frequent first. */
  public static String tagTable(Map<String, List<String>> tags, TagRecall recall) {
    Map<String, Integer> counts = new HashMap<>();
    tags.values().forEach(list -> list.stream().distinct()
        .forEach(t -> counts.merge(t, 1, Integer::sum)));
    StringBuilder out = new StringBuilder("tag\tarticles\tclass\tentity_id\trule\n");
    for (TagCount tag : TagRecall.byCount(counts, Integer.MAX_VALUE)) {
      TagClassifier.Verdict v = recall.verdict(tag.tag());
      out.append(tag.tag()).append('\t').append(tag.count()).append('\t').append(v.tagClass())
          .append('\t').append(v.entityId() == null ? "" : v.entityId()).append('\t')
          .append(v.rule()).append('\n');
    }
    return out.toString();
  }
}
