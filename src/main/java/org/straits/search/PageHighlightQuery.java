package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The highlight query for one page of hits, less the positional parts that cannot match in any of
 * the page's documents. The highlighter evaluates every phrase and span query on every hit and
 * field, opening a positions-and-offsets postings enum for each of its terms: a query naming China
 * or Taiwan has a phrase for each of the entity's names, each kept out of the longer names that
 * hold it ({@link LongerNames}: 台湾 not inside 台湾海峡), some 2,000 enums a page and most of such
 * a query's time and allocation at 200k documents (docs/benchmarks.md, "The 200k tail"). A phrase,
 * or a longer name excluded from one, some of whose required terms no page document holds (all of
 * them in one document, in the query's field) matches nowhere on the page, so leaving it out
 * changes no mark; whether a document holds a term is one seek and one skip per term and segment.
 * Term queries are left as they are: the highlighter reads them once per hit anyway.
 */
final class PageHighlightQuery {
  /** The page's documents by segment, in doc id order: a document's index in the page and its doc id. */
  private final Map<LeafReaderContext, List<int[]>> docsByLeaf = new HashMap<>();
  private final Map<Term, BitSet> holding = new HashMap<>();

  private PageHighlightQuery(IndexSearcher searcher, int[] docIds) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < docIds.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      docsByLeaf.computeIfAbsent(leaf, l -> new ArrayList<>()).add(new int[] {i, docIds[i] - leaf.docBase});
    }
    docsByLeaf.values().forEach(docs -> docs.sort(java.util.Comparator.comparingInt(doc -> doc[1])));
  }

  /**
   * {@code query} without the phrases and exclusions no document of {@code docIds} can match (the
   * same query when there are none, or when nothing of it could match: the highlighter then finds
   * nothing either way).
   */
  static Query prune(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    if (query == null || docIds.length == 0 || positionalLeaves(query) < WORTH_PRUNING) {
      return query;
    }
    Query pruned = new PageHighlightQuery(searcher, docIds).rewrite(query);
    return pruned == null ? query : pruned;
  }

  /**
   * A query with a few phrases (a quoted phrase, a Chinese word's bigrams) costs the highlighter
   * little, and checking its terms would cost about as much; an entity's names and exclusions are
   * dozens of span queries.
   */
  private static final int WORTH_PRUNING = 8;

  private static int positionalLeaves(Query query) {
    int[] count = {0};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        if (parent instanceof SpanQuery || parent instanceof PhraseQuery || parent instanceof MultiPhraseQuery) {
          count[0]++;
          return QueryVisitor.EMPTY_VISITOR;
        }
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        if (leaf instanceof SpanQuery || leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery) {
          count[0]++;
        }
      }
    });
    return count[0];
  }

  /** The query as far as it can match on the page; null when it cannot match there at all. */
  private Query rewrite(Query query) throws IOException {
    return switch (query) {
      case BooleanQuery bool -> rewriteBoolean(bool);
      case BoostQuery boost -> rewrap(boost, boost.getQuery(), inner -> new BoostQuery(inner, boost.getBoost()));
      case ConstantScoreQuery constant -> rewrap(constant, constant.getQuery(), ConstantScoreQuery::new);
      case DisjunctionMaxQuery max -> rewriteDisjunction(max);
      case SpanNotQuery not when isPlain(not) -> mayOccur(not.getInclude()) ? rewriteNot(not) : null;
      case SpanQuery span -> mayOccur(span) ? span : null;
      case PhraseQuery phrase -> mayOccur(phrase) ? phrase : null;
      case MultiPhraseQuery phrase -> mayOccur(phrase) ? phrase : null;
      default -> query;
    };
  }

  private Query rewrap(Query outer, Query inner, java.util.function.Function<Query, Query> wrap) throws IOException {
    Query rewritten = rewrite(inner);
    return rewritten == null ? null : rewritten == inner ? outer : wrap.apply(rewritten);
  }

  private Query rewriteBoolean(BooleanQuery bool) throws IOException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    boolean changed = false;
    boolean positive = false;
    for (BooleanClause clause : bool.clauses()) {
      // Prohibited clauses are never highlighted: left as they are.
      Query rewritten = clause.isProhibited() ? clause.query() : rewrite(clause.query());
      changed |= rewritten != clause.query();
      if (rewritten != null) {
        builder.add(rewritten, clause.occur());
        positive |= !clause.isProhibited();
      }
    }
    return !positive && !bool.clauses().isEmpty() ? null : changed ? builder.build() : bool;
  }

  private Query rewriteDisjunction(DisjunctionMaxQuery max) throws IOException {
    List<Query> disjuncts = new ArrayList<>();
    boolean changed = false;
    for (Query disjunct : max.getDisjuncts()) {
      Query rewritten = rewrite(disjunct);
      changed |= rewritten != disjunct;
      if (rewritten != null) {
        disjuncts.add(rewritten);
      }
    }
    return disjuncts.isEmpty() ? null : changed ? new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier()) : max;
  }

  /** A span-not without pre or post distance: the only kind {@link LongerNames} builds. */
  private static boolean isPlain(SpanNotQuery not) {
    return new SpanNotQuery(not.getInclude(), not.getExclude()).equals(not);
  }

  private SpanQuery rewriteNot(SpanNotQuery not) throws IOException {
    SpanQuery[] excluded = not.getExclude() instanceof SpanOrQuery or ? or.getClauses() : new SpanQuery[] {not.getExclude()};
    List<SpanQuery> kept = new ArrayList<>();
    for (SpanQuery longer : excluded) {
      if (mayOccur(longer)) {
        kept.add(longer);
      }
    }
    if (kept.size() == excluded.length) {
      return not;
    }
    if (kept.isEmpty()) {
      return not.getInclude();
    }
    SpanQuery exclude = kept.size() == 1 ? kept.get(0) : new SpanOrQuery(kept.toArray(SpanQuery[]::new));
    return new SpanNotQuery(not.getInclude(), exclude);
  }

  /**
   * Whether some page document holds every term {@code query} requires (those reached through
   * required clauses only: a span-or's alternatives or a multi-phrase's synonyms are not), so that
   * it could match there. A query requiring no term may match anywhere.
   */
  private boolean mayOccur(Query query) throws IOException {
    Set<Term> terms = requiredTerms(query);
    if (terms.isEmpty()) {
      return true;
    }
    BitSet candidates = null;
    for (Term term : terms) {
      BitSet holders = holders(term);
      if (candidates == null) {
        candidates = (BitSet) holders.clone();
      } else {
        candidates.and(holders);
      }
      if (candidates.isEmpty()) {
        return false;
      }
    }
    return candidates != null;
  }

  private static Set<Term> requiredTerms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query leaf, Term... found) {
        terms.addAll(Arrays.asList(found));
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        boolean required = occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.FILTER;
        return required ? this : QueryVisitor.EMPTY_VISITOR;
      }
    });
    return terms;
  }

  /** The page documents (by index in the page) whose field holds {@code term}. */
  private BitSet holders(Term term) throws IOException {
    BitSet known = holding.get(term);
    if (known == null) {
      known = findHolders(term);
      holding.put(term, known);
    }
    return known;
  }

  private BitSet findHolders(Term term) throws IOException {
    BitSet found = new BitSet();
    for (Map.Entry<LeafReaderContext, List<int[]>> entry : docsByLeaf.entrySet()) {
      Terms terms = entry.getKey().reader().terms(term.field());
      TermsEnum termsEnum = terms == null ? null : terms.iterator();
      if (termsEnum == null || !termsEnum.seekExact(term.bytes())) {
        continue;
      }
      PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
      for (int[] doc : entry.getValue()) {
        int at = postings.docID() >= doc[1] ? postings.docID() : postings.advance(doc[1]);
        if (at == PostingsEnum.NO_MORE_DOCS) {
          break;
        }
        if (at == doc[1]) {
          found.set(doc[0]);
        }
      }
    }
    return found;
  }
}
