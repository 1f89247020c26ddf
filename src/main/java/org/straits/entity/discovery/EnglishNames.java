package org.straits.entity.discovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.straits.entity.EntityType;
import org.straits.entity.discovery.CapitalisedRuns.Word;

/**
 * Finds names in English text by patterns that fit the field, not by a statistical model: runs
 * of capitalised words are cut into a person (after a title or role word, in the shape of a
 * romanised Chinese name, next to a verb of speech, or when the surname recurs alone), an
 * organisation (ending in a head word such as "Institute", "Administration", "Ministry of …", or
 * defining an acronym in brackets) or a place ("Fujian Province", "Second Thomas Shoal").
 * A run that fits none of these is left alone: a missed name costs less than a noisy facet.
 */
final class EnglishNames {
  private static final Pattern ACRONYM = Pattern.compile("\\G \\(([A-Z][A-Za-z0-9&]{1,9})\\)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private EnglishNames() {}

  static List<Found> find(String text) {
    List<List<Word>> runs = CapitalisedRuns.of(text);
    Set<String> loneWords = loneWords(runs);
    List<Found> found = new ArrayList<>();
    for (List<Word> run : runs) {
      new RunReader(text, run, loneWords, found).read();
    }
    return found;
  }

  /** Words that stand alone as a run ("Murray said"), titles dropped: surnames seen again. */
  private static Set<String> loneWords(List<List<Word>> runs) {
    Set<String> lone = new HashSet<>();
    for (List<Word> run : runs) {
      int from = 0;
      while (from < run.size() - 1 && run.get(from).in(EnglishWords.TITLES)) {
        from++;
      }
      if (run.size() - from == 1) {
        lone.add(run.get(from).text());
      }
    }
    return lone;
  }

  /** Reads one run: a defined acronym, a person after a title, an organisation, a place, a person. */
  private record RunReader(String text, List<Word> run, Set<String> loneWords, List<Found> out) {
    void read() {
      int title = lastTitleBeforeName();
      if (title >= 0) {
        out.add(found(title + 1, run.size(), EntityType.PERSON, ""));
        if (title > 0) {
          new RunReader(text, new ArrayList<>(run.subList(0, title)), loneWords, out).read();
        }
        return;
      }
      String acronym = definedAcronym();
      EntityType orgType = headType(EnglishWords.ORG_HEADS);
      EntityType placeType = headType(EnglishWords.PLACE_HEADS);
      if (orgType != null || (!acronym.isEmpty() && capitals() >= 2)) {
        int from = orgType == null ? 0 : startOfHeadedName(EnglishWords.ORG_HEADS);
        if (!(from == 0 && afterPluralPossessive())) {
          out.add(found(from, run.size(), orgType == null ? EntityType.AGENCY : orgType, acronym));
        }
      } else if (placeType != null) {
        out.add(found(startOfHeadedName(EnglishWords.PLACE_HEADS), run.size(), placeType, ""));
      } else if (!cuedOrganisation()) {
        persons();
      }
    }

    /** "Green Citizens' Action Alliance": the run is the cut tail of a name with a plural possessive. */
    private boolean afterPluralPossessive() {
      int start = run.get(0).start();
      return start >= 4 && text.startsWith("s' ", start - 3) && Character.isUpperCase(
          text.charAt(Math.max(0, text.lastIndexOf(' ', start - 4) + 1)));
    }

    /** A short run with an organisation cue around it ("insurer Resolution", "Weir rose 25p"). */
    private boolean cuedOrganisation() {
      Word last = run.get(run.size() - 1);
      boolean cut = run.get(0).text().length() < 2 || text.startsWith("&", last.end()); // "B&Q"
      if (cut || run.size() > 4 || run.get(0).in(EnglishWords.TITLES)) {
        return false;
      }
      for (Word w : run) {
        if (!w.capitalised() && !w.text().equals("&")) {
          return false;
        }
      }
      EntityType type = OrganisationCues.cued(text, run.get(0).start(), run.get(run.size() - 1).end());
      if (type == null || givenNameFirst(0, run.size())) {
        return false;
      }
      out.add(found(0, run.size(), type, ""));
      return true;
    }

    /** "Danny Boyle": a two- or three-word name whose first word is a common given name. */
    private boolean givenNameFirst(int from, int to) {
      return to - from >= 2 && run.get(from).givenName();
    }

    /** Index of the last title word followed by a two- or three-word name ending the run. */
    private int lastTitleBeforeName() {
      for (int i = run.size() - 3; i >= Math.max(0, run.size() - 4); i--) {
        if (run.get(i).in(EnglishWords.TITLES) && personShaped(i + 1, run.size())) {
          return i;
        }
      }
      return -1;
    }

    private String definedAcronym() {
      // Only right after the run: find(from) would scan the rest of the text for every run, which
      // made a 5-million-character document take minutes.
      Word last = run.get(run.size() - 1);
      if (!text.startsWith(" (", last.end())) {
        return "";
      }
      Matcher m = ACRONYM.matcher(text).region(last.end(), text.length()).useTransparentBounds(true);
      if (!m.lookingAt()) {
        return "";
      }
      String acronym = m.group(1);
      String letters = acronym.replaceAll("[^A-Z]", "");
      StringBuilder initials = new StringBuilder();
      for (Word w : run) {
        if (w.capitalised()) {
          initials.append(w.text().charAt(0));
        }
      }
      return letters.length() >= 2 && initials.toString().endsWith(letters) ? acronym : "";
    }

    /**
     * Where a headed name starts: after the last connector before its head, so "Germany for the
     * University of Berlin" gives "University of Berlin".
     */
    private int startOfHeadedName(java.util.Map<String, EntityType> heads) {
      int head = headIndex(heads);
      for (int i = head - 1; i >= 0; i--) {
        // "Foreign and Commonwealth Office": an "and" between capitalised words stays in the name.
        boolean joins = heads == EnglishWords.ORG_HEADS && i < head - 1
            && (run.get(i).text().equals("and") || run.get(i).text().equals("&"))
            && i > 0 && run.get(i - 1).capitalised();
        if (!run.get(i).capitalised() && !joins) {
          return i + 1;
        }
      }
      return 0;
    }

    /** The first head word that ends the run or is followed by "of", "for" or "de". */
    private int headIndex(java.util.Map<String, EntityType> heads) {
      for (int i = 0; i < run.size(); i++) {
        Word w = run.get(i);
        boolean last = i == run.size() - 1;
        boolean beforeOf = !last && run.get(i + 1).in(EnglishWords.OF);
        if (w.head(heads) != null && w.capitalised() && (last || beforeOf)) {
          return i;
        }
      }
      return -1;
    }

    /** The type of the run's head word (see {@link #headIndex}), or null. */
    private EntityType headType(java.util.Map<String, EntityType> heads) {
      int head = capitals() < 2 ? -1 : headIndex(heads);
      return head < 0 ? null : run.get(head).head(heads);
    }

    private int capitals() {
      int capitals = 0;
      for (Word w : run) {
        if (w.capitalised()) {
          capitals++;
        }
      }
      return capitals;
    }

    /** Persons in the run's connector-free parts, and given names with a particle ("Lars von Trier"). */
    private void persons() {
      int from = 0;
      for (int i = 0; i <= run.size(); i++) {
        boolean cut = i == run.size() || !run.get(i).capitalised();
        if (cut && withParticle(from, i)) {
          out.add(found(from, i + 2, EntityType.PERSON, ""));
          from = i + 2;
          i++;
        } else if (cut) {
          if (personShaped(from, i) && personCue(from, i)) {
            out.add(found(from, i, EntityType.PERSON, ""));
          }
          from = i + 1;
        }
      }
    }

    /** A given name (and a middle name), a particle at {@code at}, and one capitalised surname. */
    private boolean withParticle(int from, int at) {
      int surname = at + 1;
      return at < run.size() && at - from >= 1 && at - from <= 2
          && run.get(at).in(EnglishWords.NAME_PARTICLES)
          && run.get(from).givenName()
          && surname < run.size() && run.get(surname).capitalised()
          && (surname + 1 == run.size() || !run.get(surname + 1).capitalised())
          && !run.get(surname).in(EnglishWords.NOT_LAST)
          && run.get(surname).head(EnglishWords.ORG_HEADS) == null
          && run.get(surname).head(EnglishWords.PLACE_HEADS) == null;
    }

    private boolean personShaped(int from, int to) {
      int size = to - from;
      if (size < 2 || size > 3) {
        return false;
      }
      for (int i = from; i < to; i++) {
        Word w = run.get(i);
        if (!w.capitalised() || w.acronym() && w.text().length() > 1 && !w.text().contains("-") || glued(w.text())
            || hasDigit(w.text()) || w.in(EnglishWords.STOP)) {
          return false;
        }
      }
      Word first = run.get(from);
      Word last = run.get(to - 1);
      boolean gerund = first.text().endsWith("ing") && !first.givenName(); // "Ignoring Pelosi's …"
      return !gerund && !first.in(EnglishWords.NOT_FIRST) && !first.in(EnglishWords.TITLES)
          && first.head(EnglishWords.ORG_HEADS) == null
          && first.head(EnglishWords.PLACE_HEADS) == null
          && !quoted(first)
          && !last.in(EnglishWords.NOT_LAST)
          && (!last.in(EnglishWords.NOT_FIRST) || first.givenName())
          && last.head(EnglishWords.ORG_HEADS) == null
          && last.head(EnglishWords.PLACE_HEADS) == null;
    }

    private static boolean hasDigit(String word) {
      for (int i = 0; i < word.length(); i++) {
        if (Character.isDigit(word.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** "ShieldsWilmslow": two words run together by a lost line break ("McDonald", "DiCaprio" are not). */
    private static boolean glued(String word) {
      for (int i = 4; i < word.length(); i++) {
        if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))
            && word.substring(0, i).chars().allMatch(Character::isLetter)) {
          return true;
        }
      }
      return false;
    }

    /** A run right after an opening quote is a title of a work ("Citizen Cannes"). */
    private boolean quoted(Word first) {
      char before = first.start() > 0 ? text.charAt(first.start() - 1) : ' ';
      return "\"“‘«'".indexOf(before) >= 0;
    }

    private boolean personCue(int from, int to) {
      List<String> names = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        names.add(run.get(i).text());
      }
      boolean twoWords = names.size() == 2 || names.size() == 3 && names.get(1).length() == 1;
      return RomanisedNames.isChineseName(names)
          || givenNameFirst(from, to)
          || roleBefore(run.get(from))
          || speechAround(run.get(from), run.get(to - 1))
          || (loneWords.contains(names.get(names.size() - 1)) && from == 0 && twoWords);
    }

    private boolean roleBefore(Word first) {
      String word = OrganisationCues.wordBefore(text, first.start());
      return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && EnglishWords.in(EnglishWords.ROLES, word);
    }

    private boolean speechAround(Word first, Word last) {
      String after = text.substring(last.end(), Math.min(text.length(), last.end() + 12));
      String before = text.substring(Math.max(0, first.start() - 6), first.start());
      String next = after.startsWith(", who ") ? "said" : firstLetters(after);
      return after.startsWith(" ") && EnglishWords.in(EnglishWords.SPEECH, next) || after.startsWith(", who ")
          || before.endsWith("said ") || before.endsWith("says ");
    }

    /** The letters after any leading spaces and commas: the word a name is followed by. */
    private static String firstLetters(String after) {
      int from = 0;
      while (from < after.length() && (after.charAt(from) == ' ' || after.charAt(from) == ',')) {
        from++;
      }
      int to = from;
      while (to < after.length() && Character.isLetter(after.codePointAt(to))) {
        to += Character.charCount(after.codePointAt(to));
      }
      return after.substring(from, to);
    }

    private Found found(int from, int to, EntityType type, String alias) {
      int start = run.get(from).start();
      int end = run.get(to - 1).end();
      String name = text.substring(start, end);
      return new Found(start, end, singleSpaced(name) ? name : WHITESPACE.matcher(name).replaceAll(" "), type, alias);
    }

    /** Words of a run are joined by single spaces, so this is nearly always so: no regex then. */
    private static boolean singleSpaced(String name) {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        if (space && (c != ' ' || i + 1 < name.length() && name.charAt(i + 1) == ' ')) {
          return false;
        }
      }
      return true;
    }
  }
}
