package org.straits.eval.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads judgement TSV files. Blank lines, lines starting with '#' and a header line (first
 * column {@code article_id} or {@code story_id}) are skipped; a malformed line is an error with
 * its line number, because a silently dropped judgement would skew the figures.
 */
public final class JudgementFiles {
  private JudgementFiles() {}

  /** Guardian: article id, entity id, yes/no, why. */
  public static List<Judgement> guardian(Path file) throws IOException {
    List<Judgement> judgements = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] cols = columns(lines.get(i));
      if (cols == null) {
        continue;
      }
      String verdict = cols.length > 2 ? cols[2].strip().toLowerCase(Locale.ROOT) : "";
      if (cols.length < 3 || !(verdict.equals("yes") || verdict.equals("no"))) {
        throw new IOException(file + ":" + (i + 1) + ": expected article id, entity id, yes|no, why");
      }
      judgements.add(new Judgement(cols[0].strip(), cols[1].strip(), verdict.equals("yes"),
          cols.length > 3 ? cols[3].strip() : ""));
    }
    return judgements;
  }

  /** CCTV: story id, entity id or missing name ("*" for checked), checked|wrong|missing, why. */
  public static List<StoryJudgement> stories(Path file) throws IOException {
    List<StoryJudgement> judgements = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] cols = columns(lines.get(i));
      if (cols == null) {
        continue;
      }
      StoryJudgement.Kind kind = cols.length < 3 ? null : kind(cols[2]);
      if (kind == null) {
        throw new IOException(file + ":" + (i + 1)
            + ": expected story id, entity, checked|wrong|missing, why");
      }
      judgements.add(new StoryJudgement(cols[0].strip(), cols[1].strip(), kind,
          cols.length > 3 ? cols[3].strip() : ""));
    }
    return judgements;
  }

  private static StoryJudgement.Kind kind(String text) {
    try {
      return StoryJudgement.Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The columns of a data line, or null for a line to skip. */
  private static String[] columns(String line) {
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    String[] cols = line.split("\t", -1);
    String first = cols[0].strip();
    return first.equals("article_id") || first.equals("story_id") ? null : cols;
  }
}
