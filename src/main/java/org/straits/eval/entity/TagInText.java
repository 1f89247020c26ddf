package org.straits.eval.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How discovery's recall reads a Guardian tag against its article. A tag counts only where the
 * text writes it as a name of its own: a whole word, not glued by a space to another capitalised
 * word ("Coral" inside "Coral Sea" names the sea, not the bookmaker; "Williams" inside "Rowan
 * Williams" names the archbishop). A discovered value names the tag's entity when it equals the
 * tag, either part of a bracketed tag ("Intergovernmental Panel on Climate Change (IPCC)"), or
 * the tag without a leading title or article ("Sir Alex Ferguson" is "Alex Ferguson", "The
 * Beatles" is "Beatles"): the facet value is the same person or body.
 */
final class TagInText {
  private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
  /** Leading words that are not part of the name the facet shows. */
  private static final Set<String> LEADING = Set.of("Sir", "Lord", "Lady", "Dame", "Prince",
      "Princess", "Pope", "Queen", "King", "The", "Baroness", "Baron");
  /** Capitalised words next to a name that do not make it part of a longer one. */
  private static final Set<String> FREE_NEIGHBOURS = Set.of("The", "A", "An", "In", "At", "On",
      "For", "And", "But", "Of", "To", "From", "By", "With", "As", "So", "Or", "If", "When", "While");
  /** Titles and offices before a person's name: "Sir Alex Ferguson" writes the name Alex Ferguson. */
  private static final Set<String> TITLES = Set.of("Sir", "Lord", "Lady", "Dame", "President",
      "Prime", "Minister", "Chancellor", "Secretary", "Senator", "Governor", "Mayor", "Dr", "Mr",
      "Mrs", "Ms", "Miss", "Professor", "Prof", "General", "Judge", "Justice", "Chairman", "Chief",
      "Director", "Captain", "Coach", "Manager", "Prince", "Princess", "King", "Queen", "Pope",
      "Bishop", "Archbishop", "Rev", "Ambassador", "Commissioner", "Speaker", "Leader", "Deputy",
      "Premier", "Inspector", "Detective", "Officer", "Colonel", "Admiral", "Baroness", "Baron");

  private TagInText() {}

  /** Where the text first writes the tag as a name of its own, or -1. */
  static int firstAsName(String text, String tag) {
    for (int at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + 1)) {
      int end = at + tag.length();
      boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      if (whole && !gluedBefore(text, at) && !gluedAfter(text, end)) {
        return at;
      }
    }
    return -1;
  }

  /** The forms of a tag a discovered value may take. */
  static List<String> forms(String tag) {
    List<String> forms = new ArrayList<>(List.of(tag));
    Matcher bracketed = BRACKETED.matcher(tag);
    if (bracketed.matches()) {
      forms.add(bracketed.group(1));
      forms.add(bracketed.group(2));
    }
    int space = tag.indexOf(' ');
    if (space > 0 && LEADING.contains(tag.substring(0, space))) {
      forms.add(tag.substring(space + 1));
    }
    return forms;
  }

  private static boolean gluedBefore(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ') {
      return false;
    }
    int start = at - 1;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, at - 1);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !FREE_NEIGHBOURS.contains(word)
        && !TITLES.contains(word);
  }

  private static boolean gluedAfter(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    char next = text.charAt(end + 1);
    int wordEnd = end + 1;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return Character.isUpperCase(next) && !FREE_NEIGHBOURS.contains(text.substring(end + 1, wordEnd));
  }
}
