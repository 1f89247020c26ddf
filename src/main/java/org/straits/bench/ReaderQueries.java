package org.straits.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.straits.analysis.BilingualAnalyzer;
import org.straits.entity.Entity;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.Mention;
import org.straits.ingest.SourceDocument;

/**
 * The queries readers type, drawn from the corpus: a few words of a headline as written (stop
 * words left out, every word then required by Straits), and the name of an entity the headlines
 * mention that has other names to widen to. Drawn from real titles so they find what a reader
 * would find, not picked to suit any engine.
 */
final class ReaderQueries {
  /** The README's examples, measured in every run besides the drawn ones. */
  static final Map<QueryKind, List<String>> EXAMPLES = examples();
  /** Used when there is no gazetteer to draw entity names from. */
  static final List<String> ENTITY_EXAMPLES = List.of("Kinmen", "蔡英文");

  private static final int MIN_WORDS = 2;
  private static final int MAX_ENGLISH_WORDS = 4;
  private static final int MAX_CHINESE_WORDS = 3;
  /** Titles tried before settling for fewer words (a title of one word cannot give two). */
  private static final int TRIES = 50;

  private ReaderQueries() {}

  private static Map<QueryKind, List<String>> examples() {
    Map<QueryKind, List<String>> examples = new LinkedHashMap<>();
    examples.put(QueryKind.EN_WORDS, List.of("Xi Jinping visit", "Taiwan election", "Kinmen coast guard"));
    examples.put(QueryKind.ZH_WORDS, List.of("台湾 问题", "两岸 融合发展"));
    examples.put(QueryKind.ENTITY, List.of("Kinmen", "蔡英文"));
    return examples;
  }

  /** Two to four consecutive content words of a random English title, in its own case. */
  static String englishWords(List<String> titles, SplittableRandom random) {
    return words(titles, random, ReaderQueries::englishContentWords, MAX_ENGLISH_WORDS);
  }

  /** Two or three consecutive words (smartcn's segments of two or more Han characters) of a random Chinese title. */
  static String chineseWords(List<String> titles, SplittableRandom random) {
    return words(titles, random, title -> QueryMix.chineseWords(title).stream().filter(w -> !w.isEmpty()).toList(),
        MAX_CHINESE_WORDS);
  }

  private static String words(List<String> titles, SplittableRandom random,
      java.util.function.Function<String, List<String>> split, int maxWords) {
    List<String> best = List.of();
    for (int i = 0; i < TRIES && best.size() < MIN_WORDS; i++) {
      List<String> words = split.apply(QueryMix.pick(titles, random));
      if (words.size() > best.size()) {
        best = words;
      }
    }
    if (best.isEmpty()) {
      throw new IllegalStateException("the corpus gave no title words for reader queries");
    }
    int count = Math.min(best.size(), MIN_WORDS + random.nextInt(maxWords - MIN_WORDS + 1));
    int start = random.nextInt(best.size() - count + 1);
    return String.join(" ", best.subList(start, start + count));
  }

  /** Title words of two or more letters (or digits), stop words left out, as written. */
  static List<String> englishContentWords(String title) {
    List<String> words = new ArrayList<>();
    for (String word : title.split("[^\\p{IsLatin}\\p{Nd}'’-]+")) {
      String bare = word.replaceAll("^['’-]+|['’-]+$", "");
      if (bare.length() >= 2 && !BilingualAnalyzer.englishStopWords().contains(bare.toLowerCase(Locale.ROOT))) {
        words.add(bare);
      }
    }
    return words;
  }

  /**
   * The entities the titles mention most that have names to widen to (an alias, or a Chinese
   * name besides the English one), at most {@code limit}, most mentioned first.
   */
  static List<Entity> mentionedEntities(List<SourceDocument> docs, Gazetteer gazetteer, int limit) {
    EntityMatcher matcher = new EntityMatcher(gazetteer);
    Map<String, Integer> titlesMentioning = new HashMap<>();
    for (SourceDocument doc : docs) {
      Set<String> ids = new LinkedHashSet<>();
      for (Mention mention : matcher.find(doc.title())) {
        ids.add(mention.entityId());
      }
      ids.forEach(id -> titlesMentioning.merge(id, 1, Integer::sum));
    }
    return titlesMentioning.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> gazetteer.byId(e.getKey()).orElse(null))
        .filter(e -> e != null && new LinkedHashSet<>(e.allNames()).size() > 1)
        .limit(limit).toList();
  }

  /** One of the entity's names, Chinese when {@code chinese} and it has one, else Latin when it has one. */
  static String nameOf(Entity entity, boolean chinese, SplittableRandom random) {
    List<String> names = entity.allNames().stream().filter(n -> Scripts.hasHan(n) == chinese).toList();
    return QueryMix.pick(names.isEmpty() ? entity.allNames() : names, random);
  }
}
