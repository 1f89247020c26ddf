package org.straits.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the trailing block of numbered notes or references ("[1] Xiu Chunping is…",
 * "[2] https://…", Markdown's "[^3]: …") from the body. The block is the longest tail of the
 * text made only of note lines, bare URL lines, blank lines and lines that continue a note
 * without a blank line between; an inline marker in a body paragraph does not start one.
 */
public final class Footnotes {

  /** The text split in two; {@code notes} is "" when the text has no trailing notes. */
  public record Split(String body, String notes) {}

  private static final Pattern NOTE_START = Pattern.compile("^\\s*\\[\\^?\\d+]:?.*");
  private static final Pattern NOTE_NUMBER = Pattern.compile("\\s*\\[\\^?(\\d{1,9})]");
  private static final Pattern BARE_URL = Pattern.compile("^\\s*(?:https?://|www\\.)\\S*.*");

  private Footnotes() {}

  public static Split split(List<String> lines) {
    boolean[] continuesNote = new boolean[lines.size()];
    for (int i = 1; i < lines.size(); i++) {
      boolean previousInNote = isNoteStart(lines.get(i - 1)) || continuesNote[i - 1];
      continuesNote[i] = previousInNote && !lines.get(i).isBlank();
    }
    int start = lines.size();
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (isNoteStart(line)) {
        start = i;
      } else if (!line.isBlank() && !continuesNote[i] && !BARE_URL.matcher(line).matches()) {
        break;
      }
    }
    start = lastAscendingRun(lines, start);
    return new Split(join(lines.subList(0, start)), join(lines.subList(start, lines.size())));
  }

  /**
   * Notes are numbered upwards; where numbering starts again ("[3]" in the text, then "[1]"),
   * the earlier lines were body paragraphs that happened to start with a marker.
   */
  private static int lastAscendingRun(List<String> lines, int start) {
    int runStart = start;
    int previous = Integer.MIN_VALUE;
    for (int i = start; i < lines.size(); i++) {
      Matcher note = NOTE_NUMBER.matcher(lines.get(i));
      if (note.lookingAt()) {
        int number = Integer.parseInt(note.group(1));
        if (number <= previous) {
          runStart = i;
        }
        previous = number;
      }
    }
    return runStart;
  }

  public static Split split(String text) {
    return split(text.lines().toList());
  }

  private static boolean isNoteStart(String line) {
    return NOTE_START.matcher(line).matches();
  }

  /** Lines joined with '\n', runs of blank lines collapsed to one and the ends trimmed. */
  static String join(List<String> lines) {
    return String.join("\n", lines).replaceAll("\\n(?:[ \\t]*\\n){2,}", "\n\n").strip();
  }
}
