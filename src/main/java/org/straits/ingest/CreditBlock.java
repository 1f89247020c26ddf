package org.straits.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit lines that open think-tank reports:
 * {@code Authors: A, B, and C of the Institute}, {@code Editors: …}, {@code Data Cutoff: …}.
 *
 * @param source the authors' organisation, else the editors'
 * @param dateText the date or cutoff as written ("February 21 at 5pm ET"), "" when absent
 * @param endLine index of the first line after the block
 */
public record CreditBlock(List<String> authors, List<String> editors, String source,
    String dateText, int endLine) {

  private static final Pattern CREDIT = Pattern.compile(
      "\\s*(authors?|by|written by|editors?|edited by|data cutoff|date|published)\\s*:\\s*(.+)",
      Pattern.CASE_INSENSITIVE);

  /** The block starting at the first non-blank line, when there is one naming authors or editors. */
  public static Optional<CreditBlock> parse(List<String> lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    PersonNames.Credits authors = new PersonNames.Credits(List.of(), "");
    PersonNames.Credits editors = new PersonNames.Credits(List.of(), "");
    String dateText = "";
    for (; i < lines.size(); i++) {
      Matcher credit = CREDIT.matcher(lines.get(i));
      if (!credit.matches()) {
        break;
      }
      String key = credit.group(1).toLowerCase(Locale.ROOT);
      String value = credit.group(2).strip();
      if (key.startsWith("edit")) {
        editors = PersonNames.parseCredits(value);
      } else if (key.startsWith("date") || key.startsWith("data") || key.startsWith("published")) {
        dateText = value;
      } else {
        authors = PersonNames.parseCredits(value);
      }
    }
    if (authors.names().isEmpty() && editors.names().isEmpty()) {
      return Optional.empty();
    }
    String source = authors.organisation().isEmpty() ? editors.organisation() : authors.organisation();
    return Optional.of(new CreditBlock(authors.names(), editors.names(), source, dateText, i));
  }
}
