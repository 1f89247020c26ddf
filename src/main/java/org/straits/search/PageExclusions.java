package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The highlight query for one page of hits, with each name's exclusions ({@link LongerNames}: 台湾
 * not inside 台湾海峡) cut down to the longer names that can occur in the page's documents. The
 * highlighter evaluates every span query on every hit and field, opening a positions-and-offsets
 * postings enum for each term of each longer name — about 2,000 per page for a query naming China
 * or Taiwan, most of a slow query's time and allocation at 200k documents (docs/benchmarks.md,
 * "The 200k tail"). A longer name some term of which no page document holds in that field cannot
 * match there, so leaving it out changes no mark; whether a document holds a term is one seek and
 * one skip per term and segment.
 */
final class PageExclusions {
  /** The page's documents by segment, in doc id order: a document's index in the page and its doc id. */
  private final Map<LeafReaderContext, List<int[]>> docsByLeaf = new HashMap<>();
  private final Map<Term, BitSet> holding = new HashMap<>();

  private PageExclusions(IndexSearcher searcher, int[] docIds) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < docIds.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      docsByLeaf.computeIfAbsent(leaf, l -> new ArrayList<>()).add(new int[] {i, docIds[i] - leaf.docBase});
    }
    docsByLeaf.values().forEach(docs -> docs.sort(java.util.Comparator.comparingInt(doc -> doc[1])));
  }

  /** {@code query} with the exclusions no document of {@code docIds} can match left out (the same query if none). */
  static Query prune(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    if (query == null || docIds.length == 0) {
      return query;
    }
    return new PageExclusions(searcher, docIds).rewrite(query);
  }

  private Query rewrite(Query query) throws IOException {
    if (query instanceof BooleanQuery bool) {
      return rewriteBoolean(bool);
    }
    if (query instanceof BoostQuery boost) {
      Query inner = rewrite(boost.getQuery());
      return inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
    }
    if (query instanceof ConstantScoreQuery constant) {
      Query inner = rewrite(constant.getQuery());
      return inner == constant.getQuery() ? query : new ConstantScoreQuery(inner);
    }
    if (query instanceof DisjunctionMaxQuery max) {
      List<Query> disjuncts = new ArrayList<>();
      boolean changed = false;
      for (Query disjunct : max.getDisjuncts()) {
        Query rewritten = rewrite(disjunct);
        changed |= rewritten != disjunct;
        disjuncts.add(rewritten);
      }
      return changed ? new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier()) : query;
    }
    if (query instanceof SpanNotQuery not && isPlain(not)) {
      return rewriteNot(not);
    }
    return query;
  }

  private Query rewriteBoolean(BooleanQuery bool) throws IOException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    boolean changed = false;
    for (BooleanClause clause : bool.clauses()) {
      Query rewritten = rewrite(clause.query());
      changed |= rewritten != clause.query();
      builder.add(rewritten, clause.occur());
    }
    return changed ? builder.build() : bool;
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

  /** Whether some page document holds every term of {@code longer} in its field (where it could match). */
  private boolean mayOccur(SpanQuery longer) throws IOException {
    Set<Term> terms = new HashSet<>();
    longer.visit(QueryVisitor.termCollector(terms));
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
