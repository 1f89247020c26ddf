package org.straits.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.straits.analysis.ChineseFolding;

/**
 * A document's own acronyms: "Trans-Pacific Strategic Economic Partnership Agreement (TPP)" makes
 * TPP mean that agreement throughout the document, whatever the gazetteer's TPP is (the Taiwan
 * People's Party). When the long name is itself a gazetteer name, the acronym counts as that
 * entity; when it is not, the acronym names no entity in that document.
 *
 * <p>An English long form is recognised as Schwartz and Hearst do (PSB 2003): the acronym's letters
 * occur in order in the words before the parenthesis, the first one at the start of a word, within
 * min(n + 5, 2n) words. A Chinese long form is the run of Han characters just before the
 * parenthesis (跨太平洋伙伴关系协定（TPP）); its letters cannot be checked, so only a gazetteer name
 * ending there gives the acronym an entity.
 */
final class AcronymDefinitions {
  private static final Pattern PARENTHESISED =
      Pattern.compile("[(（][ \\t]*(\\p{Lu}[\\p{Lu}\\p{Nd}&-]*\\p{Lu})[ \\t]*[)）]");
  /** Where a long form cannot reach past: a sentence or clause ends, a list goes on. */
  private static final Pattern SENTENCE_STOP = Pattern.compile("[.,;:!?()（）\\[\\]\\n。，、；：！？]");
  /** A word in capitals inside a long form: a heading or a list of names ("UNITED KINGDOM Aga Khan (UK)"). */
  private static final Pattern CAPITALS_WORD = Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,}(?![\\p{L}])");
  private static final int MAX_ACRONYM = 10;

  /** The acronym as written, and the span of its long form in the text. */
  record Definition(String acronym, int longStart, int longEnd) {}

  private AcronymDefinitions() {}

  /** The first definition of each acronym in {@code text}. */
  static Map<String, Definition> find(String text) {
    Map<String, Definition> definitions = new LinkedHashMap<>();
    Matcher m = PARENTHESISED.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (acronym.length() > MAX_ACRONYM || definitions.containsKey(acronym)) {
        continue;
      }
      int end = m.start();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int start = end > 0 && ChineseFolding.isHan(text.charAt(end - 1))
          ? hanRunStart(text, end)
          : englishLongFormStart(text, end, acronym);
      if (start >= 0 && start < end && !CAPITALS_WORD.matcher(text.substring(start, end)).find()) {
        definitions.put(acronym, new Definition(acronym, start, end));
      }
    }
    return definitions;
  }

  /**
   * {@code mentions} (sorted, not overlapping) with every mention that is exactly one of the
   * document's acronyms replaced by the entity its long form names. When the long form is no
   * gazetteer mention, a mention stays only if the long form is one of its entity's names written
   * another way ("Democratic Progressive party"), else it is dropped. Occurrences the gazetteer did
   * not know are added when the long form is a gazetteer name.
   */
  static List<Mention> apply(String text, List<Mention> mentions, Gazetteer gazetteer) {
    Map<String, Definition> definitions = find(text);
    if (definitions.isEmpty()) {
      return mentions;
    }
    List<Mention> result = new ArrayList<>(mentions);
    for (Definition definition : definitions.values()) {
      String entity = longFormEntity(text, definition, mentions);
      String longForm = text.substring(definition.longStart(), definition.longEnd());
      for (int[] span : occurrences(text, definition.acronym())) {
        if (insideOtherMention(result, span)) {
          continue;
        }
        Mention existing = exactly(result, span);
        if (entity == null && existing != null && namedBy(gazetteer, existing.entityId(), longForm)) {
          continue;
        }
        result.remove(existing);
        if (entity != null) {
          result.add(new Mention(entity, span[0], span[1]));
        }
      }
    }
    result.sort(Comparator.comparingInt(Mention::start));
    return List.copyOf(result);
  }

  private static Mention exactly(List<Mention> mentions, int[] span) {
    for (Mention mention : mentions) {
      if (mention.start() == span[0] && mention.end() == span[1]) {
        return mention;
      }
    }
    return null;
  }

  /**
   * Whether {@code longForm} is one of the entity's English names up to case, hyphens, spaces and a
   * possessive, the end of one (the shortest spelling of ASN is "Asian Nations"), or one with more
   * words ("United Microelectronics Corporation").
   */
  private static boolean namedBy(Gazetteer gazetteer, String entityId, String longForm) {
    String written = letters(longForm.replaceAll("['’]s$", ""));
    return gazetteer.byId(entityId).stream()
        .flatMap(entity -> Stream.concat(Stream.of(entity.name()), entity.aliases().stream()))
        .map(AcronymDefinitions::letters)
        .anyMatch(name -> name.equals(written) || (name.endsWith(written) && written.length() >= 8)
            || (written.contains(name) && name.length() >= 8));
  }

  private static String letters(String name) {
    return name.replaceAll("[^\\p{L}\\p{Nd}]", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The entity of the gazetteer mention that ends where the long form ends and covers it (the
   * shortest spelling of ASN is "Asian Nations", inside "Association of Southeast Asian Nations";
   * "Liberal Democratic party of Japan (LDP)" is not Japan). A Han long form is the whole run before
   * the parenthesis, so there the mention need only end where it ends.
   */
  private static String longFormEntity(String text, Definition definition, List<Mention> mentions) {
    boolean han = ChineseFolding.isHan(text.charAt(definition.longEnd() - 1));
    for (Mention mention : mentions) {
      if (mention.end() == definition.longEnd() && (han || mention.start() <= definition.longStart())) {
        return mention.entityId();
      }
    }
    return null;
  }

  /** Whether a mention longer than {@code span} covers it (the acronym is part of a longer name). */
  private static boolean insideOtherMention(List<Mention> mentions, int[] span) {
    for (Mention mention : mentions) {
      boolean covers = mention.start() <= span[0] && mention.end() >= span[1];
      if (covers && mention.end() - mention.start() > span[1] - span[0]) {
        return true;
      }
    }
    return false;
  }

  /** Spans of {@code acronym} as a whole word, case as written. */
  private static List<int[]> occurrences(String text, String acronym) {
    List<int[]> spans = new ArrayList<>();
    for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
      int end = at + acronym.length();
      if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
        spans.add(new int[] {at, end});
      }
    }
    return spans;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) && !ChineseFolding.isHan(c);
  }

  private static int hanRunStart(String text, int end) {
    int start = end;
    while (start > 0 && ChineseFolding.isHan(text.charAt(start - 1))) {
      start--;
    }
    return end - start >= 2 ? start : -1;
  }

  /** Where the long form of {@code acronym} ending at {@code end} starts, or -1 when there is none. */
  static int englishLongFormStart(String text, int end, String acronym) {
    String letters = acronym.replaceAll("[^\\p{L}\\p{Nd}]", "").toLowerCase(Locale.ROOT);
    int windowStart = windowStart(text, end, Math.min(letters.length() + 5, 2 * letters.length()));
    int l = end - 1;
    for (int s = letters.length() - 1; s >= 0; s--) {
      char c = letters.charAt(s);
      while (l >= windowStart && (Character.toLowerCase(text.charAt(l)) != c
          || (s == 0 && l > windowStart && Character.isLetterOrDigit(text.charAt(l - 1))))) {
        l--;
      }
      if (l < windowStart) {
        return -1;
      }
      l--;
    }
    return l + 1;
  }

  /** The start of the last {@code words} words before {@code end}, not crossing a sentence stop. */
  private static int windowStart(String text, int end, int words) {
    int start = end;
    int seen = 0;
    while (start > 0 && seen < words) {
      int wordEnd = start;
      while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
          && !SENTENCE_STOP.matcher(String.valueOf(text.charAt(wordStart - 1))).matches()) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        break;
      }
      start = wordStart;
      seen++;
      if (wordStart > 0 && SENTENCE_STOP.matcher(String.valueOf(text.charAt(wordStart - 1))).matches()) {
        break;
      }
    }
    return start;
  }
}
