package org.straits.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.straits.analysis.ChineseFolding;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Mention;

/**
 * The words of a short query as a reader means them, and where they occur in a text: English
 * words with their inflections, Chinese words as written (in either script), and an entity's
 * name (Xi Jinping) standing for any of its names (习近平). Independent of Straits' analysis, so
 * it grades it.
 */
final class QueryWords {
  private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{IsLatin}\\p{N}]+(?:['’][sS])?");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

  /** One thing the query asks for: a word, or an entity named by some of the typed words. */
  private record Group(String word, String entityId, List<Group> typed, List<String> compounds) {
    Group(String word, String entityId, List<Group> typed) {
      this(word, entityId, typed, new ArrayList<>());
    }

    boolean isHan() {
      return word != null && HAN.matcher(word).matches();
    }
  }

  private final List<Group> groups;
  private final EntityMatcher matcher;

  private QueryWords(List<Group> groups, EntityMatcher matcher) {
    this.groups = groups;
    this.matcher = matcher;
  }

  static QueryWords of(String query, EntityMatcher matcher) {
    List<Group> groups = new ArrayList<>();
    int pos = 0;
    for (Mention mention : matcher.find(query)) {
      groups.addAll(words(query.substring(pos, mention.start())));
      groups.add(new Group(null, mention.entityId(), words(mention.textIn(query))));
      pos = mention.end();
    }
    groups.addAll(words(query.substring(pos)));
    return new QueryWords(groups, matcher);
  }

  /** Two typed words may be written as one ("coast guard" as "coastguard"). */
  private static List<Group> words(String text) {
    List<Group> words = new ArrayList<>();
    Group previous = null;
    for (String chunk : text.strip().split("\\s+")) {
      if (HAN.matcher(chunk).find()) {
        Matcher han = HAN.matcher(ChineseFolding.fold(chunk));
        while (han.find()) {
          words.add(new Group(han.group(), null, List.of()));
        }
        previous = null;
        continue;
      }
      int before = words.size();
      Matcher word = WORD.matcher(chunk);
      while (word.find()) {
        String w = word.group();
        if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w.toLowerCase(Locale.ROOT))) {
          words.add(new Group(w, null, List.of()));
        }
      }
      boolean single = words.size() == before + 1 && chunk.codePoints().allMatch(Character::isLetter);
      Group added = single ? words.get(before) : null;
      if (added != null && previous != null) {
        String compound = previous.word() + added.word();
        previous.compounds().add(compound);
        added.compounds().add(compound);
      }
      previous = added;
    }
    return words;
  }

  @Override
  public String toString() {
    return groups.toString();
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }

  /** Whether {@code text} holds every word of the query (or an inflection, or the entity's name). */
  boolean allIn(String text) {
    String folded = ChineseFolding.fold(text);
    List<Mention> mentions = null;
    for (Group group : groups) {
      if (group.entityId() != null) {
        if (mentions == null) {
          mentions = matcher.find(text);
        }
        boolean named = mentions.stream().anyMatch(m -> m.entityId().equals(group.entityId()));
        if (!named && !group.typed().stream().allMatch(g -> !occurrences(g, text, folded).isEmpty())) {
          return false;
        }
      } else if (occurrences(group, text, folded).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Spans of {@code text} a highlight should mark: every query word (or inflection), and every
   * other name of a named entity that shares no word with what was typed (习近平 for Xi Jinping,
   * but not "President Xi", whose "President" was not asked for).
   */
  List<int[]> occurrences(String text) {
    String folded = ChineseFolding.fold(text);
    List<int[]> spans = new ArrayList<>();
    List<Mention> mentions = null;
    for (Group group : groups) {
      if (group.entityId() == null) {
        spans.addAll(occurrences(group, text, folded));
        continue;
      }
      group.typed().forEach(g -> spans.addAll(occurrences(g, text, folded)));
      if (mentions == null) {
        mentions = matcher.find(text);
      }
      for (Mention mention : mentions) {
        if (mention.entityId().equals(group.entityId()) && !sharesWord(group, mention.textIn(text))) {
          spans.add(new int[] {mention.start(), mention.end()});
        }
      }
    }
    return spans;
  }

  private static boolean sharesWord(Group entity, String name) {
    String folded = ChineseFolding.fold(name);
    for (Group typed : entity.typed()) {
      if (typed.isHan() ? folded.contains(typed.word()) || typed.word().contains(folded)
          : !occurrences(typed, name, folded).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static List<int[]> occurrences(Group group, String text, String folded) {
    List<int[]> spans = new ArrayList<>();
    if (group.isHan()) {
      for (int at = folded.indexOf(group.word()); at >= 0; at = folded.indexOf(group.word(), at + 1)) {
        spans.add(new int[] {at, at + group.word().length()});
      }
      return spans;
    }
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String w = word.group().replaceFirst("['’][sS]$", "");
      boolean compound = group.compounds().stream().anyMatch(c -> Inflections.sameWord(c, w));
      if (compound || Inflections.sameWord(group.word(), w)) {
        spans.add(new int[] {word.start(), word.end()});
      }
    }
    return spans;
  }
}
