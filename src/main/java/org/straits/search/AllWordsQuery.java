package org.straits.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.index.Fields;

/**
 * A few plain words, as readers type them: every word is required, in English and Chinese
 * (space-separated Chinese words too), and documents with the words close together rank first.
 * A word group that names an entity is required as "the typed words, or any other name of the
 * entity" (Xi Jinping ↔ 习近平), so the widening never replaces or outweighs the other words.
 *
 * <p>Built from standard Lucene queries only (Boolean, Boost, Term, Phrase, CombinedField), so
 * another engine can run the same tree.
 */
final class AllWordsQuery {
  /** Words apart by at most this many positions still count as close together. */
  static final int PROXIMITY_SLOP = 3;
  private static final Pattern SYNTAX = Pattern.compile("[\"*~^\\\\\\[\\]{}]");
  private static final Pattern ENGLISH_QUESTION = Pattern.compile(
      "^\\s*(what|who|whom|whose|why|how|when|where|which)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * Text written as a sentence: it ends with a full stop or exclamation mark after a word (not
   * after an abbreviation's capital, "U.S."), or one sentence follows another. Readers type
   * keywords without a full stop; a sentence is pasted or written out, and ranks as prose.
   */
  private static final Pattern WRITTEN_SENTENCE = Pattern.compile(
      "(\\p{Ll}{2}|\\p{IsHan})[.!。！]\\s*$|\\p{Ll}{2}[.!]\\s+\\p{Lu}");
  private static final Set<String> MARKED_FIELDS = Set.of(Fields.TITLE, Fields.BODY, Fields.NOTES);

  /**
   * The search query (every word group required), the same groups with any one sufficing (the
   * fallback when no document has them all: more groups matched rank higher, and an entity's
   * names still count as one group), and what highlights should mark.
   */
  record Built(Query query, Query anyGroup, Query highlight) {}

  /** The groups as they are collected: each is added to both queries. */
  private static final class Groups {
    final BooleanQuery.Builder all = new BooleanQuery.Builder();
    final BooleanQuery.Builder any = new BooleanQuery.Builder();
    final BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    int count;

    void add(Query group) {
      all.add(group, BooleanClause.Occur.MUST);
      any.add(group, BooleanClause.Occur.SHOULD);
      count++;
    }

    void boost(Query near) {
      all.add(near, BooleanClause.Occur.SHOULD);
      any.add(near, BooleanClause.Occur.SHOULD);
    }
  }

  private final ParserForFields parser;
  private final EntityExpansion expansion;
  private final QueryBuilder phrases;

  AllWordsQuery(ParserForFields parser, EntityExpansion expansion, QueryBuilder phrases) {
    this.parser = parser;
    this.expansion = expansion;
    this.phrases = phrases;
  }

  /**
   * Whether {@code text} is a few plain words: no operators, quotes or fields, not a pasted
   * sentence (see {@link EntityExpansion#isProse}), not a question and not written as a sentence
   * ("Information systems in the physical sciences.").
   */
  static boolean appliesTo(String text) {
    return !text.isBlank() && !SYNTAX.matcher(text).find() && !EntityExpansion.hasSyntax(text)
        && !EntityExpansion.isProse(text) && !ParserForFields.isQuestion(text) && !ENGLISH_QUESTION.matcher(text).find()
        && !WRITTEN_SENTENCE.matcher(text).find();
  }

  /** The query, or null when no word is left to search for (stop words only). */
  Built build(String text) {
    Groups groups = new Groups();
    int pos = 0;
    for (EntityExpansion.Named named : wholeWordNames(text)) {
      addWords(text.substring(pos, Math.max(pos, named.start())), groups);
      pos = Math.max(pos, named.end());
      addEntity(text.substring(named.start(), named.end()), named, groups);
      pos = skipPossessive(text, pos);
    }
    addWords(text.substring(Math.min(pos, text.length())), groups);
    if (groups.count == 0) {
      return null;
    }
    if (groups.count > 1) {
      addProximity(text, groups);
    }
    return new Built(groups.all.build(), groups.any.build(), groups.highlight.build());
  }

  /**
   * Entities named by whole chunks of the query: 台湾 inside the keyword 台湾同胞 is not widened,
   * since the keyword must occur as written.
   */
  private List<EntityExpansion.Named> wholeWordNames(String text) {
    List<EntityExpansion.Named> whole = new ArrayList<>();
    for (EntityExpansion.Named named : expansion.namedSpans(text)) {
      boolean startsChunk = named.start() == 0 || Character.isWhitespace(text.charAt(named.start() - 1));
      String rest = text.substring(named.end()).split("\\s", 2)[0];
      if (startsChunk && (rest.isEmpty() || rest.equals("'s") || rest.equals("’s"))) {
        whole.add(named);
      }
    }
    return whole;
  }

  /** Each word of plain {@code text} as a group of its own. */
  private void addWords(String text, Groups groups) {
    words(text, groups.highlight).forEach(groups::add);
  }

  private List<Query> words(String text, BooleanQuery.Builder highlight) {
    List<Query> words = new ArrayList<>();
    String[] chunks = text.strip().split("\\s+");
    for (int i = 0; i < chunks.length; i++) {
      String chunk = chunks[i];
      if (chunk.isEmpty()) {
        continue;
      }
      if (HanBigramAnalyzer.hasHan(chunk)) {
        Query han = parser.hanChunk(chunk);
        if (han != null) {
          words.add(han);
          // Marked where it occurs as typed: a long chunk is searched by its words, but 大 alone
          // is not what 粤港澳大湾区 asked for.
          Query asWritten = parser.hanAsWritten(chunk);
          highlight.add(asWritten == null ? han : asWritten, BooleanClause.Occur.SHOULD);
        }
        continue;
      }
      List<List<String>> positions = parser.analyzedPositions(chunk);
      if (positions.size() == 1) {
        words.add(wordOrCompound(positions.get(0), chunks, i, highlight));
        continue;
      }
      for (List<String> terms : positions) {
        words.add(parser.wordAnyField(terms));
        mark(terms, highlight);
      }
    }
    return words;
  }

  /**
   * One English word, also found written together with its neighbour: "coast guard" finds
   * "coastguard", "cross strait" finds "crossstrait" (as one word, not just as a phrase).
   */
  private Query wordOrCompound(List<String> terms, String[] chunks, int i, BooleanQuery.Builder highlight) {
    Query word = parser.wordAnyField(terms);
    mark(terms, highlight);
    List<Query> compounds = new ArrayList<>();
    if (i > 0 && isWord(chunks[i - 1])) {
      compounds.add(compound(chunks[i - 1] + chunks[i], highlight));
    }
    if (i + 1 < chunks.length && isWord(chunks[i + 1])) {
      compounds.add(compound(chunks[i] + chunks[i + 1], highlight));
    }
    compounds.removeIf(java.util.Objects::isNull);
    if (compounds.isEmpty() || !isWord(chunks[i])) {
      return word;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder().add(word, BooleanClause.Occur.SHOULD);
    compounds.forEach(c -> either.add(c, BooleanClause.Occur.SHOULD));
    return either.build();
  }

  private Query compound(String joined, BooleanQuery.Builder highlight) {
    List<List<String>> positions = parser.analyzedPositions(joined);
    if (positions.size() != 1) {
      return null;
    }
    mark(positions.get(0), highlight);
    return parser.wordAnyField(positions.get(0));
  }

  private static boolean isWord(String chunk) {
    return chunk.codePoints().allMatch(Character::isLetter) && !HanBigramAnalyzer.hasHan(chunk);
  }

  private static void mark(List<String> terms, BooleanQuery.Builder highlight) {
    for (String term : terms) {
      for (String field : MARKED_FIELDS) {
        highlight.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
      }
    }
  }

  /**
   * The typed name of an entity, required as "all its typed words, or another name of it". A name
   * of several words is marked where the text has it whole, not word by word: for "Xi Jinping" a
   * lone "Xi" ("President Xi") is no mark of its own, however it matched (marks only, not matching).
   */
  private void addEntity(String typed, EntityExpansion.Named named, Groups groups) {
    List<Query> namePhrases = multiWordPhrases(typed);
    List<Query> words = words(typed, namePhrases.isEmpty() ? groups.highlight : new BooleanQuery.Builder());
    namePhrases.forEach(phrase -> groups.highlight.add(phrase, BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    if (!words.isEmpty()) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      words.forEach(word -> all.add(word, BooleanClause.Occur.MUST));
      either.add(words.size() == 1 ? words.get(0) : all.build(), BooleanClause.Occur.SHOULD);
    }
    either.add(expansion.alternativeNames(named.entity(), typed), BooleanClause.Occur.SHOULD);
    groups.add(either.build());
    groups.highlight.add(expansion.otherNamesToMark(named.entity(), typed), BooleanClause.Occur.SHOULD);
  }

  /** The typed name's phrase in each marked field when it is several words (no Han); else empty. */
  private List<Query> multiWordPhrases(String typed) {
    if (HanBigramAnalyzer.hasHan(typed)) {
      return List.of();
    }
    List<Query> found = new ArrayList<>();
    for (String field : MARKED_FIELDS) {
      Query phrase = phrases.createPhraseQuery(field, typed);
      if (!(phrase instanceof org.apache.lucene.search.PhraseQuery || phrase instanceof org.apache.lucene.search.MultiPhraseQuery)) {
        return List.of();
      }
      found.add(phrase);
    }
    return found;
  }

  private static int skipPossessive(String text, int pos) {
    return text.startsWith("'s", pos) || text.startsWith("’s", pos) ? pos + 2 : pos;
  }

  /** Documents with the words close together, in the title or the body, rank first. */
  private void addProximity(String text, Groups groups) {
    for (String field : List.of(Fields.TITLE, Fields.BODY)) {
      Query near = phrases.createPhraseQuery(field, text, PROXIMITY_SLOP);
      if (near != null) {
        groups.boost(near);
      }
    }
  }
}
