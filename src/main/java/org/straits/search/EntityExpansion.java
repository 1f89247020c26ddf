package org.straits.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.straits.entity.Entity;
import org.straits.entity.Mention;
import org.straits.index.Fields;

/**
 * Widens a plain query that names an entity to every other name of it: {@code Kinmen} also finds
 * 金門, 金门, Quemoy and Jinmen; {@code 蔡英文} finds "Tsai Ing-wen". The search matches the other
 * names through the entity's id in the {@code entity} field: the index-time matcher put it on
 * every document that names the entity, by the same gazetteer and the same longest-match rule the
 * names' phrases imitate ({@link LongerNames}), so one docs-only term finds what a phrase or span
 * per name and field found, without visiting every hit through all of them (docs/benchmarks.md,
 * "The 200k tail, round three"). It is scored as a term of that field (BM25: a rarer entity
 * weighs more), below the words typed, so documents using the typed form rank first. The highlight
 * query keeps each name as a phrase on the title and body, so the form the document uses is
 * marked, and never inside a longer name.
 *
 * <p>Queries written with operators or fields are left as written: adding alternatives would
 * change what AND, NOT or a field restriction mean.
 */
final class EntityExpansion {
  private static final Pattern SYNTAX = Pattern.compile("(^|\\s)[+-]\\S|\\b(AND|OR|NOT)\\b|[()]|\\b("
      + String.join("|", UserQueryParser.FIELD_ALIASES.keySet()) + "):", Pattern.CASE_INSENSITIVE);
  private static final float EXPANSION_WEIGHT = 0.5f;
  private static final int MAX_WORDS = 8;
  private static final int MAX_HAN = 16;

  private final EntityNames entities;
  private final QueryBuilder phrases;
  private final PhraseIdf idf;
  private final LongerNames longerNames = new LongerNames();

  /** @param idf the index's term weights, by which an alias's title phrase is kept below the typed name's */
  EntityExpansion(EntityNames entities, Analyzer analyzer, PhraseIdf idf) {
    this.entities = entities;
    this.phrases = new QueryBuilder(analyzer);
    this.idf = idf;
  }

  /** A query widened by the entities it names, and the query whose matches highlights mark. */
  record Widened(Query query, Query highlight) {}

  /** {@code parsed} widened by the entities {@code text} names, or {@code parsed} itself. */
  Widened expand(String text, Query parsed) {
    if (text.isBlank() || hasSyntax(text) || isProse(text)) {
      return new Widened(parsed, parsed);
    }
    List<Named> named = firstOfEach(outsideLongerPhrases(text, namedSpans(text)));
    if (named.isEmpty()) {
      return new Widened(parsed, parsed);
    }
    BooleanQuery.Builder widened = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD);
    BooleanQuery.Builder marked = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD);
    for (Named name : named) {
      widened.add(alternativeNames(name.entity(), text.substring(name.start(), name.end())), BooleanClause.Occur.SHOULD);
      marked.add(anyNameOf(name.entity()), BooleanClause.Occur.SHOULD);
    }
    return new Widened(widened.build(), marked.build());
  }

  /**
   * The names that are not part of a longer quoted phrase: {@code "文化中国"} asks for that phrase,
   * not for every document about China, while {@code "蔡英文"} quoted is still the name.
   */
  static List<Named> outsideLongerPhrases(String text, List<Named> names) {
    List<Named> kept = new ArrayList<>();
    for (Named name : names) {
      int open = text.lastIndexOf('"', name.start() - 1);
      boolean quoted = open >= 0 && text.chars().limit(open + 1L).filter(c -> c == '"').count() % 2 == 1;
      int close = quoted ? text.indexOf('"', name.end()) : -1;
      if (!quoted || close < 0
          || text.substring(open + 1, close).strip().equals(text.substring(name.start(), name.end()))) {
        kept.add(name);
      }
    }
    return kept;
  }

  /** Operators, parentheses or a field name: the query means exactly what it says. */
  static boolean hasSyntax(String text) {
    return SYNTAX.matcher(text).find();
  }

  /**
   * A pasted paragraph or question rather than a query naming something: widening every place
   * it mentions would outweigh what it is about.
   */
  static boolean isProse(String text) {
    return words(text.strip()) > MAX_WORDS || hanCount(text) > MAX_HAN;
  }

  /**
   * The pieces {@code stripped.split("\\s+")} gives, counted without a regular expression (asked
   * three times a parse): stripped text has no space at either end, so one more than its runs of
   * the expression's spaces.
   */
  private static int words(String stripped) {
    int words = 1;
    boolean inRun = false;
    for (int i = 0; i < stripped.length(); i++) {
      boolean space = isRegexSpace(stripped.charAt(i));
      if (space && !inRun) {
        words++;
      }
      inRun = space;
    }
    return words;
  }

  /** {@code \\s} of a Java regular expression: space, tab, the line breaks, form feed and vertical tab. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Han code points of {@code text}, counted up to one past the limit. */
  private static int hanCount(String text) {
    int han = 0;
    for (int i = 0; i < text.length() && han <= MAX_HAN; ) {
      int c = text.codePointAt(i);
      if (org.straits.analysis.ChineseFolding.isHan(c)) {
        han++;
      }
      i += Character.charCount(c);
    }
    return han;
  }

  /**
   * Entities named in the query. People type in lower case, so names are also looked for in
   * capitals; an acronym must still be typed in capitals ("plan" is not PLAN, "us" is not US).
   */
  List<Entity> namedEntities(String text) {
    return entitiesOf(namedSpans(text));
  }

  private static List<Entity> entitiesOf(List<Named> spans) {
    return firstOfEach(spans).stream().map(Named::entity).toList();
  }

  /** The first mention of each entity, in text order. */
  private static List<Named> firstOfEach(List<Named> spans) {
    Set<String> ids = new LinkedHashSet<>();
    List<Named> found = new ArrayList<>();
    for (Named named : spans) {
      if (ids.add(named.entity().id())) {
        found.add(named);
      }
    }
    return found;
  }

  /** An entity named by {@code [start, end)} of the query text. */
  record Named(Entity entity, int start, int end) {}

  /** The entity mentions of the query, in text order, with the same case rules as {@link #namedEntities}. */
  List<Named> namedSpans(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    List<Mention> mentions = new ArrayList<>(entities.matcher().find(text));
    if (upper.length() == text.length()) {
      for (Mention mention : entities.matcher().find(upper)) {
        String typed = text.substring(mention.start(), mention.end());
        boolean overlaps = mentions.stream().anyMatch(m -> m.start() < mention.end() && mention.start() < m.end());
        if (!overlaps && (typed.equals(upper.substring(mention.start(), mention.end()))
            || hasNonAcronymName(mention.entityId(), typed))) {
          mentions.add(mention);
        }
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    List<Named> named = new ArrayList<>();
    for (Mention mention : mentions) {
      entities.gazetteer().byId(mention.entityId())
          .ifPresent(entity -> named.add(new Named(entity, mention.start(), mention.end())));
    }
    return named;
  }

  private boolean hasNonAcronymName(String entityId, String typed) {
    return entities.gazetteer().byId(entityId).stream()
        .flatMap(e -> e.allNames().stream())
        .anyMatch(name -> name.equalsIgnoreCase(typed) && !name.equals(name.toUpperCase(Locale.ROOT)));
  }

  /**
   * A required word group's alternatives: any name of the entity, below the typed words, matched
   * through the entity's key (one term, no positions) and its names in the title; what a
   * highlight marks is {@link #otherNamesToMark}.
   */
  Query alternativeNames(Entity entity, String typed) {
    // The title's names rank the documents that have the entity in their title first, as a
    // reader would; titles are short, so their phrases cost little beside the body's.
    Set<Query> clauses = new LinkedHashSet<>();
    double typedIdf = idf.of(titleTerms(typed));
    for (String name : entity.allNames()) {
      addPhrase(clauses, Fields.TITLE, entity, name, titleWeight(typedIdf, name));
    }
    clauses.add(new TermQuery(new Term(Fields.ENTITY, entity.id())));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clauses.forEach(clause -> any.add(clause, BooleanClause.Occur.SHOULD));
    return new BoostQuery(any.build(), EXPANSION_WEIGHT);
  }

  /**
   * An alias's title phrase weighs at most what the typed name's title match does: BM25 sums a
   * phrase's idf over its words, so "United States of America" in a title outscored 美国 in one
   * (9.33 against 9.29 for {@code 美国}); scaled by the typed name's idf over the alias's, the
   * same title scores no more through the alias than through the typed name. Widening adds names,
   * it never outweighs what the reader typed.
   */
  private float titleWeight(double typedIdf, String name) {
    NameWords words = nameWords(name);
    if (words == null || Double.isNaN(typedIdf) || typedIdf <= 0) {
      // Unknown figures, or a typed form with no title terms to compare with: the weight as it was.
      return 1f;
    }
    double nameIdf = idf.of(words.titleTerms());
    return Double.isNaN(nameIdf) || nameIdf <= typedIdf ? 1f : (float) (typedIdf / nameIdf);
  }

  /** The title terms of {@code text}'s phrase, a word as often as it occurs (as the phrase's weight counts it). */
  private List<Term> titleTerms(String text) {
    return phraseTerms(phrases.createPhraseQuery(Fields.TITLE, text));
  }

  private static List<Term> phraseTerms(Query phrase) {
    List<Term> terms = new ArrayList<>();
    if (phrase != null) {
      phrase.visit(new org.apache.lucene.search.QueryVisitor() {
        @Override
        public void consumeTerms(Query leaf, Term... found) {
          for (Term term : found) {
            terms.add(new Term(Fields.TITLE, term.bytes()));
          }
        }
      });
    }
    return terms;
  }

  /**
   * What a highlight should mark for the entity besides the typed words: its names that share no
   * word with them (习近平 for "Xi Jinping", not "President Xi", whose "President" was not typed;
   * not 中国台湾 for 臺灣, which would mark 中国).
   */
  Query otherNamesToMark(Entity entity, String typed) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Set<Query> clauses = new LinkedHashSet<>();
    Set<String> typedTerms = terms(phrases.createPhraseQuery(Fields.BODY, typed));
    Set<String> typedBigrams = hanBigrams(typed);
    for (String name : entity.allNames()) {
      NameWords words = nameWords(name);
      if (words == null || words.terms().stream().anyMatch(typedTerms::contains)
          || words.bigrams().stream().anyMatch(typedBigrams::contains)) {
        continue;
      }
      addPhrase(clauses, Fields.TITLE, entity, name, 1f);
      addPhrase(clauses, Fields.BODY, entity, name, 1f);
    }
    clauses.forEach(clause -> any.add(clause, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /** A name's body terms, its title phrase's terms (for their weight, from the title's own analysis) and Han bigrams. */
  private record NameWords(Set<String> terms, List<Term> titleTerms, Set<String> bigrams) {}

  /** {@link NameWords} of the names of one gazetteer, worked out once (each request named the same ones again). */
  private record NameWordsCache(org.straits.entity.Gazetteer gazetteer,
      java.util.Map<String, java.util.Optional<NameWords>> byName) {}

  private volatile NameWordsCache nameWordsCache;

  private NameWords nameWords(String name) {
    org.straits.entity.Gazetteer gazetteer = entities.gazetteer();
    NameWordsCache cache = nameWordsCache;
    if (cache == null || cache.gazetteer() != gazetteer) {
      cache = new NameWordsCache(gazetteer, new java.util.concurrent.ConcurrentHashMap<>());
      nameWordsCache = cache;
    }
    return cache.byName().computeIfAbsent(name, n -> {
      Query phrase = phrases.createPhraseQuery(Fields.BODY, n);
      return java.util.Optional.ofNullable(phrase == null ? null
          : new NameWords(terms(phrase), titleTerms(n), hanBigrams(n)));
    }).orElse(null);
  }

  private static Set<String> terms(Query query) {
    Set<Term> found = new java.util.HashSet<>();
    if (query != null) {
      query.visit(org.apache.lucene.search.QueryVisitor.termCollector(found));
    }
    Set<String> texts = new java.util.HashSet<>();
    found.forEach(term -> texts.add(term.text()));
    return texts;
  }

  /** Adjacent Han pairs (or the lone character) of {@code text}, folded to simplified. */
  private static Set<String> hanBigrams(String text) {
    String folded = org.straits.analysis.ChineseFolding.fold(text);
    Set<String> bigrams = new java.util.HashSet<>();
    for (int i = 0; i < folded.length(); i++) {
      boolean han = org.straits.analysis.ChineseFolding.isHan(folded.charAt(i));
      boolean nextHan = i + 1 < folded.length() && org.straits.analysis.ChineseFolding.isHan(folded.charAt(i + 1));
      boolean prevHan = i > 0 && org.straits.analysis.ChineseFolding.isHan(folded.charAt(i - 1));
      if (han && nextHan) {
        bigrams.add(folded.substring(i, i + 2));
      } else if (han && !prevHan) {
        bigrams.add(folded.substring(i, i + 1));
      }
    }
    return bigrams;
  }

  /** Every name of the entity as a phrase on the title and body: what a highlight marks. */
  private Query anyNameOf(Entity entity) {
    // Names that analyse alike (简体 and 繁體 forms, spelling variants) give one clause each.
    Set<Query> clauses = new LinkedHashSet<>();
    for (String name : entity.allNames()) {
      addPhrase(clauses, Fields.TITLE, entity, name, 1f);
      addPhrase(clauses, Fields.BODY, entity, name, 1f);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clauses.forEach(clause -> any.add(clause, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /** The name's phrase, never matching inside another entity's longer name ({@link LongerNames}). */
  private void addPhrase(Set<Query> clauses, String field, Entity entity, String name, float weight) {
    Query phrase = longerNames.phrase(phrases, field, entity, name, entities.gazetteer());
    if (phrase != null) {
      clauses.add(weight == 1f ? phrase : new BoostQuery(phrase, weight));
    }
  }
}
