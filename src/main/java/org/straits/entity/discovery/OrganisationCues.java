package org.straits.entity.discovery;

import java.util.regex.Pattern;
import org.straits.entity.EntityType;

/**
 * What around a short capitalised run shows it is an organisation although no head word says so
 * ("Vodafone", "Goldman Sachs"): business and culture news write such names after a lower-case
 * noun ("insurer Resolution", "supermarket group Morrisons", "the band Oasis"), with a share
 * price move ("Weir rose 25p", "Amlin, up 1p"), as the owner of a board or shares ("Tesco's chief
 * executive") or after a phrase only a body takes ("shares in Lonmin", "chief executive of
 * Citigroup"). People do not rise by 25p, so these cues are precise; a name that has none of
 * them is left alone.
 */
final class OrganisationCues {
  private static final String MOVE = "(?:rose|fell|added|gained|lost|slipped|climbed|dropped|jumped|slumped|dipped"
      + "|shed|advanced|eased|tumbled|surged|rallied|sank|soared|firmed|slid|declined|plunged|recovered"
      + "|edged (?:up|down|higher|lower)|(?:was|were|is|are|ended|closed|finished) (?:up|down|off|higher|lower))";
  private static final String AMOUNT = "\\d+(?:\\.\\d+)?(?:p\\b|%| per ?cent| pence| cents?)";
  /** After the name: "rose 25p", ", up 8p to 320p", " shares fell 3%". */
  private static final Pattern PRICE_MOVE = Pattern.compile(
      "(?:'s)?(?: shares)?,? (?:" + MOVE + "(?: by)? " + AMOUNT + "|(?:up|down|off) " + AMOUNT + ")");
  /**
   * How far after the name a price move's first digit can be: "'s shares, " (11), the longest
   * move ("finished higher", 15), " by " (4). A prefilter, so generous.
   */
  private static final int MOVE_REACH = 48;
  /** After the name: "'s chief executive", "'s shares", "'s shareholders". */
  private static final Pattern OWNS = Pattern.compile(
      "['’]s? (?:chief executive|chief financial officer|chairman|board|shares|share price|shareholders|"
      + "profits?|pre-tax profits?|annual results|half-year results|takeover|chief operating officer)\\b");
  /** Before the name: "shares in ", "chief executive of ", "a takeover of ". */
  private static final Pattern OF_A_BODY = Pattern.compile(
      "(?:shares in|stake in|takeover of|bid for|chief executive of|chief executive at|ceo of|chairman of|"
      + "boss of|founder of|co-founder of|subsidiary of|shareholders in|owner of) $", Pattern.CASE_INSENSITIVE);

  /** Market indices and currencies move by points and per cent too ("France's Cac off 0.8%"). */
  private static final java.util.Set<String> NOT_A_BODY = java.util.Set.of("cac", "dax", "ftse", "dow",
      "nikkei", "hang seng", "footsie", "brent", "gold", "sterling", "euro", "dollar", "yen", "pound",
      "stoxx", "kospi", "sensex", "shanghai composite", "dow jones", "s&p", "ibex", "mib", "aex", "asx");

  private OrganisationCues() {}

  /** The type a cue gives the run from {@code start} to {@code end}, or null without a cue. */
  static EntityType cued(String text, int start, int end) {
    EntityType type = cue(text, start, end);
    // The index test after the cues: most runs have none, and it copies and lower-cases the run.
    return type == null || NOT_A_BODY.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))
        ? null : type;
  }

  private static EntityType cue(String text, int start, int end) {
    EntityType noun = nounBefore(text, start);
    if (noun != null) {
      return noun;
    }
    // The patterns run on every short capitalised run of every English document: look first.
    // An owner's word starts with an apostrophe; a price move has its amount's digit within
    // MOVE_REACH characters ("'s shares, finished higher by 3p").
    char next = end < text.length() ? text.charAt(end) : '.';
    boolean apostrophe = next == '\'' || next == '’';
    if ((apostrophe || next == ' ' || next == ',') && digitWithin(text, end, MOVE_REACH)
        && PRICE_MOVE.matcher(text).region(end, text.length()).lookingAt()
        || apostrophe && OWNS.matcher(text).region(end, text.length()).lookingAt()) {
      return EntityType.COMPANY;
    }
    boolean ofOrIn = text.startsWith("of ", start - 3) || text.startsWith("in ", start - 3)
        || text.startsWith("for ", start - 4) || text.startsWith("at ", start - 3);
    return ofOrIn && OF_A_BODY.matcher(text.substring(Math.max(0, start - 24), start)).find()
        ? EntityType.COMPANY : null;
  }

  private static boolean digitWithin(String text, int from, int reach) {
    int to = Math.min(text.length(), from + reach);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c > 0x7F && Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** "insurer Resolution": the lower-case word right before the name, if it is an organisation noun. */
  private static EntityType nounBefore(String text, int start) {
    String word = wordBefore(text, start);
    word = word.substring(word.lastIndexOf('-') + 1); // "Taxi-maker Manganese Bronze"
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
      return null;
    }
    return EnglishWords.headType(EnglishWords.ORG_NOUNS, word);
  }

  /** The word (letters and hyphens) a single space before {@code start}, or "". */
  static String wordBefore(String text, int start) {
    int end = start - 1;
    if (end <= 0 || text.charAt(end) != ' ') {
      return "";
    }
    int from = end;
    while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
      from--;
    }
    return text.substring(from, end);
  }
}
