package org.straits.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.straits.entity.Entity;
import org.straits.entity.Gazetteer;

/**
 * An entity name searched as a phrase must not match inside another entity's longer name: the
 * matcher gives "People's Republic of China" to China by leftmost-longest, so Taiwan's alias
 * "Republic of China" must not find it there either (nor 台湾 inside 台湾海峡, the Taiwan Strait).
 * A name that some longer gazetteer name (or stop alias) contains, word for word, becomes "the
 * name, not where it is part of one of those" ({@link SpanNotQuery}); other names stay phrases.
 *
 * <p>Follows the gazetteer in force; what each name is contained in, and the query a name gives on
 * a field, are worked out once per gazetteer (a scan of its names; analysing a name and its longer
 * ones was a third of a query naming China or Taiwan, docs/benchmarks.md "Query path, issue 11").
 * One instance serves one analyzer's {@link QueryBuilder}. Queries are immutable, so sharing them
 * between requests is safe.
 */
final class LongerNames {
  private record Cache(Gazetteer gazetteer, Map<String, List<String>> containing,
      Map<String, java.util.Optional<Query>> phrases) {}

  private static final int MAX_EXCLUDED = 32;

  private volatile Cache cache;

  /** The phrase of {@code name} (of {@code entity}) on {@code field}, kept out of longer names; may be null. */
  Query phrase(QueryBuilder phrases, String field, Entity entity, String name, Gazetteer gazetteer) {
    String key = field + '\u0000' + entity.id() + '\u0000' + name;
    return cache(gazetteer).phrases()
        .computeIfAbsent(key, k -> java.util.Optional.ofNullable(build(phrases, field, entity, name, gazetteer)))
        .orElse(null);
  }

  private Query build(QueryBuilder phrases, String field, Entity entity, String name, Gazetteer gazetteer) {
    Query phrase = phrases.createPhraseQuery(field, name);
    List<String> longer = containing(gazetteer, entity, name);
    SpanQuery include = phrase == null || longer.isEmpty() ? null : spans(phrase);
    if (include == null) {
      return phrase;
    }
    java.util.Set<SpanQuery> excluded = new java.util.LinkedHashSet<>();
    for (String other : longer) {
      SpanQuery span = spans(phrases.createPhraseQuery(field, other));
      if (span != null) {
        excluded.add(span);
      }
    }
    if (excluded.isEmpty()) {
      return phrase;
    }
    if (excluded.size() > MAX_EXCLUDED) {
      // A short name inside many (US: US Air Force, US Navy, …) is left a phrase: the query would
      // outgrow the clause limit, and such names are acronyms typed in capitals anyway.
      return phrase;
    }
    SpanQuery exclude = excluded.size() == 1 ? excluded.iterator().next() : new SpanOrQuery(excluded.toArray(SpanQuery[]::new));
    return new SpanNotQuery(include, exclude);
  }

  /** Longer names of other entities, and stop aliases, that hold {@code name} as whole words. */
  List<String> containing(Gazetteer gazetteer, Entity entity, String name) {
    String key = entity.id() + '\u0000' + name;
    return cache(gazetteer).containing().computeIfAbsent(key, k -> scan(gazetteer, entity, name));
  }

  private Cache cache(Gazetteer gazetteer) {
    Cache current = cache;
    if (current == null || current.gazetteer() != gazetteer) {
      current = new Cache(gazetteer, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
      cache = current;
    }
    return current;
  }

  private static List<String> scan(Gazetteer gazetteer, Entity entity, String name) {
    String wanted = fold(name);
    List<String> longer = new ArrayList<>();
    for (Entity other : gazetteer.entities()) {
      if (other.id().equals(entity.id())) {
        continue;
      }
      for (String candidate : other.allNames()) {
        if (holds(fold(candidate), wanted)) {
          longer.add(candidate);
        }
      }
    }
    gazetteer.stopAliases().stream().filter(stop -> holds(fold(stop), wanted)).forEach(longer::add);
    // A longer name that holds another of them adds nothing: the shorter one already excludes it.
    return longer.stream()
        .filter(each -> longer.stream().noneMatch(other -> holds(fold(each), fold(other))))
        .distinct().toList();
  }

  private static String fold(String name) {
    return EntityNames.key(name).replace('\u2019', '\'');
  }

  /** {@code longer} holds {@code name} and more, at word boundaries (Han needs none). */
  static boolean holds(String longer, String name) {
    if (longer.length() <= name.length() || name.isEmpty()) {
      return false;
    }
    for (int at = longer.indexOf(name); at >= 0; at = longer.indexOf(name, at + 1)) {
      int end = at + name.length();
      boolean before = at == 0 || !continuesWord(longer.charAt(at - 1), name.charAt(0));
      boolean after = end == longer.length() || !continuesWord(longer.charAt(end), name.charAt(name.length() - 1));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuesWord(char neighbour, char edge) {
    return Character.isLetterOrDigit(neighbour) && Character.isLetterOrDigit(edge)
        && !org.straits.analysis.ChineseFolding.isHan(edge) && !org.straits.analysis.ChineseFolding.isHan(neighbour);
  }

  /** A term or an exact phrase as spans (gaps of stop words kept as slop); null for anything else. */
  private static SpanQuery spans(Query query) {
    if (query instanceof TermQuery term) {
      return new SpanTermQuery(term.getTerm());
    }
    if (!(query instanceof PhraseQuery phrase) || phrase.getSlop() != 0) {
      return null;
    }
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    SpanNearQuery.Builder near = SpanNearQuery.newOrderedNearQuery(phrase.getField());
    for (int i = 0; i < terms.length; i++) {
      if (i > 0 && positions[i] - positions[i - 1] > 1) {
        near.addGap(positions[i] - positions[i - 1] - 1);
      }
      near.addClause(new SpanTermQuery(terms[i]));
    }
    return near.build();
  }
}
