package org.straits.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Whether a parsed query looks for anything: a word, a phrase, a prefix outside an exclusion.
 * Punctuation alone analyses to no term at all, and exclusions alone match no document (Lucene
 * has nothing to exclude them from); either way the reader is told instead of shown "0 results".
 */
final class SearchedWords {
  private SearchedWords() {}

  static boolean any(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        found[0] |= terms.length > 0;
      }

      @Override
      public void consumeTermsMatching(Query leaf, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
        found[0] = true;
      }

      @Override
      public void visitLeaf(Query leaf) {
        found[0] |= !(leaf instanceof MatchNoDocsQuery);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT || found[0] ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return found[0];
  }
}
