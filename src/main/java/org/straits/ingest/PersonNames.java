package org.straits.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits credit lines ("A, B, and C of the Institute") into person names and an organisation. */
public final class PersonNames {

  /** Names with the organisation they are credited to, or "" when none is named. */
  public record Credits(List<String> names, String organisation) {}

  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*&\\s*|\\s+and\\s+|\\s+&\\s+|[,;、，；/／])\\s*");
  private static final Pattern AFFILIATION = Pattern.compile("\\s+(?:of|from)\\s+(?:the\\s+)?");
  private static final Pattern FOOTNOTE_MARKER = Pattern.compile("\\[\\d+]");

  private PersonNames() {}

  /** "Nils Peterson, Matthew Sperzel, and Daniel Shats" → the three names, in order. */
  public static List<String> split(String names) {
    if (names == null || names.isBlank()) {
      return List.of();
    }
    String cleaned = FOOTNOTE_MARKER.matcher(names).replaceAll("").strip();
    return Arrays.stream(SEPARATOR.split(cleaned))
        .map(PersonNames::normalise)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  /** Splits off "of the Institute for the Study of War" before splitting the names. */
  public static Credits parseCredits(String line) {
    Matcher affiliation = AFFILIATION.matcher(line);
    if (!affiliation.find()) {
      return new Credits(split(line), "");
    }
    String organisation = normalise(line.substring(affiliation.end()).replaceAll("[.;]+$", ""));
    return new Credits(split(line.substring(0, affiliation.start())), organisation);
  }

  /** One space between words, none around the name. */
  public static String normalise(String name) {
    return name.strip().replaceAll("\\s+", " ");
  }
}
