package org.straits.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.straits.search.SearchRequest;

/**
 * The terms of a batch search: one per line of a text, or the first column of a CSV list (a
 * header cell "term" or "name" is skipped). Blank lines and lines starting with '#' are ignored;
 * a line that cannot be a search (too long, control characters, a repeat) is named with its line
 * number and reason, and skipped.
 */
final class BatchTerms {
  static final int MAX_TERMS = 500;

  /** A term and the line it came from (1-based). */
  record Term(int line, String text) {}

  /** A line left out, and why. */
  record Skipped(int line, String term, String reason) {}

  record Parsed(List<Term> terms, List<Skipped> skipped) {}

  private BatchTerms() {}

  /** Parses an uploaded list: CSV when the name ends in .csv, else one term per line. */
  static Parsed ofFile(String fileName, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    boolean csv = fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    return of(csv ? firstColumns(text) : text.split("\r\n|\n|\r", -1));
  }

  static Parsed ofText(String text) {
    return of(text.split("\r\n|\n|\r", -1));
  }

  /** Terms given one per value (the API's repeated {@code term}). */
  static Parsed of(String[] lines) {
    List<Term> terms = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      String term = lines[i].strip();
      if (term.isEmpty() || term.startsWith("#") || (line == 1 && isHeader(term))) {
        continue;
      }
      String reason = problem(term, seen);
      if (reason != null) {
        skipped.add(new Skipped(line, shorten(term), reason));
        continue;
      }
      seen.put(term.toLowerCase(Locale.ROOT), line);
      terms.add(new Term(line, term));
    }
    if (terms.size() > MAX_TERMS) {
      throw new WebException(400, "A batch search takes at most " + MAX_TERMS + " terms; this list has "
          + terms.size() + ". Split it into smaller lists.");
    }
    return new Parsed(terms, skipped);
  }

  private static String problem(String term, Map<String, Integer> seen) {
    if (term.length() > SearchRequest.MAX_QUERY_LENGTH) {
      return "longer than " + SearchRequest.MAX_QUERY_LENGTH + " characters";
    }
    if (term.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t') || term.indexOf('\uFFFD') >= 0) {
      return "contains control characters or bytes that are not UTF-8 text";
    }
    Integer earlier = seen.get(term.toLowerCase(Locale.ROOT));
    return earlier == null ? null : "the same term as line " + earlier;
  }

  private static boolean isHeader(String term) {
    String lower = term.toLowerCase(Locale.ROOT);
    return lower.equals("term") || lower.equals("name") || lower.equals("terms") || lower.equals("names");
  }

  /** The first cell of every CSV record (RFC 4180 quoting; records may span lines inside quotes). */
  static String[] firstColumns(String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean firstCell = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else if (firstCell) {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        firstCell = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        firstCell = true;
      } else if (firstCell) {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
