package org.straits.solr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Writes the Lucene query Straits' parser made (UserQueryParser: every rule of the embedded
 * engine — keywords as phrases, bigram shadows, entity widening, fields, operators) in Solr's
 * standard query syntax, with already-analysed terms: quoted, so no operator or special
 * character can change the meaning, and read by the text fields' verbatim query analysis (see
 * {@link SolrConfigset}). The same documents match on both engines; scores may differ where Solr
 * has no equivalent (BM25F over title and body becomes a disjunction of the two fields).
 */
final class SolrQueryWriter {
  static final String MATCH_NONE = "(+*:* -*:*)";
  /** Phrases with alternatives at a position are spelled out, up to this many. */
  private static final int MAX_PHRASE_VARIANTS = 64;

  private final boolean termsOnly;

  SolrQueryWriter() {
    this(false);
  }

  /**
   * @param termsOnly leave out prefixes, wildcards, fuzzy terms and ranges (as matching nothing):
   *     the highlight query, since Solr's highlighter would re-analyse the stored text for them,
   *     which pre-analysed fields cannot do
   */
  SolrQueryWriter(boolean termsOnly) {
    this.termsOnly = termsOnly;
  }

  String write(Query query) {
    StringBuilder out = new StringBuilder();
    append(query, out);
    return out.toString();
  }

  private void append(Query query, StringBuilder out) {
    if (termsOnly && query instanceof org.apache.lucene.search.MultiTermQuery) {
      out.append(MATCH_NONE);
      return;
    }
    switch (query) {
      case TermQuery term -> term(term.getTerm(), out);
      case PhraseQuery phrase -> phrase(phrase.getField(), phrase.getTerms(), phrase.getPositions(), phrase.getSlop(), out);
      case BooleanQuery bool -> bool(bool, out);
      case BoostQuery boost -> {
        out.append('(');
        append(boost.getQuery(), out);
        out.append(")^").append(number(boost.getBoost()));
      }
      case ConstantScoreQuery constant -> {
        out.append('(');
        append(constant.getQuery(), out);
        out.append(")^=1");
      }
      case MatchAllDocsQuery all -> out.append("*:*");
      case MatchNoDocsQuery none -> out.append(MATCH_NONE);
      case CombinedFieldQuery combined -> anyOf(combined.getTerms().stream().<Query>map(TermQuery::new).toList(), out);
      case SynonymQuery synonyms -> anyOf(synonyms.getTerms().stream().<Query>map(TermQuery::new).toList(), out);
      case DisjunctionMaxQuery max -> anyOf(List.copyOf(max.getDisjuncts()), out);
      case MultiPhraseQuery multi -> multiPhrase(multi, out);
      case PrefixQuery prefix -> {
        // Solr's standard parser would analyse the prefix; the prefix parser takes the term as it is.
        Term term = prefix.getPrefix();
        String local = "{!prefix f=" + term.field() + " v='" + term.text().replace("\\", "\\\\").replace("'", "\\'") + "'}";
        out.append("_query_:");
        quoted(local, out);
      }
      case WildcardQuery wildcard -> out.append(wildcard.getField()).append(':')
          .append(escapeWildcard(wildcard.getTerm().text()));
      case RegexpQuery regexp -> out.append(regexp.getField()).append(":/")
          .append(regexp.getRegexp().text().replace("/", "\\/")).append('/');
      case FuzzyQuery fuzzy -> out.append(fuzzy.getField()).append(':')
          .append(escapeBare(fuzzy.getTerm().text())).append('~').append(fuzzy.getMaxEdits());
      case TermRangeQuery range -> range(range, out);
      // An entity name kept out of longer names (search.LongerNames): Solr's standard syntax has
      // no span exclusion, so the name's phrase alone is written (it may match inside them).
      case org.apache.lucene.queries.spans.SpanNotQuery not -> append(not.getInclude(), out);
      case org.apache.lucene.queries.spans.SpanTermQuery span -> term(span.getTerm(), out);
      case org.apache.lucene.queries.spans.SpanNearQuery near -> spanPhrase(near, out);
      default -> throw new IllegalArgumentException("no Solr form for the query part " + query.getClass().getSimpleName()
          + " (" + query + ")");
    }
  }

  private static void term(Term term, StringBuilder out) {
    out.append(term.field()).append(':');
    quoted(term.text(), out);
  }

  private static void phrase(String field, Term[] terms, int[] positions, int slop, StringBuilder out) {
    if (terms.length == 0) {
      out.append(MATCH_NONE);
      return;
    }
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < terms.length; i++) {
      if (i > 0) {
        int gap = positions[i] - positions[i - 1];
        words.append(' ');
        for (int g = 1; g < gap; g++) {
          words.append(SolrConfigset.GAP).append(' ');
        }
      }
      words.append(terms[i].text());
    }
    out.append(field).append(':');
    quoted(words.toString(), out);
    if (slop > 0) {
      out.append('~').append(slop);
    }
  }

  /** An ordered, exact span phrase of terms and stop-word gaps as a phrase. */
  private static void spanPhrase(org.apache.lucene.queries.spans.SpanNearQuery near, StringBuilder out) {
    List<Term> terms = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    int position = 0;
    for (org.apache.lucene.queries.spans.SpanQuery clause : near.getClauses()) {
      if (clause instanceof org.apache.lucene.queries.spans.SpanTermQuery term) {
        terms.add(term.getTerm());
        positions.add(position++);
      } else {
        // SpanNearQuery's gap clause has no accessor; its text is "SpanGap(field:width)".
        java.util.regex.Matcher width = java.util.regex.Pattern.compile(":(\\d+)\\)$").matcher(clause.toString());
        position += width.find() ? Integer.parseInt(width.group(1)) : 1;
      }
    }
    phrase(near.getField(), terms.toArray(Term[]::new), positions.stream().mapToInt(Integer::intValue).toArray(),
        near.getSlop(), out);
  }

  private void bool(BooleanQuery bool, StringBuilder out) {
    boolean positive = bool.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT);
    if (!positive) {
      // Lucene matches nothing with prohibitions alone; Solr would add "everything" first.
      out.append(MATCH_NONE);
      return;
    }
    out.append('(');
    boolean first = true;
    for (BooleanClause clause : bool.clauses()) {
      if (!first) {
        out.append(' ');
      }
      first = false;
      switch (clause.occur()) {
        case MUST -> out.append('+');
        case MUST_NOT -> out.append('-');
        case FILTER -> out.append("+filter(");
        case SHOULD -> { }
      }
      append(clause.query(), out);
      if (clause.occur() == BooleanClause.Occur.FILTER) {
        out.append(')');
      }
    }
    out.append(')');
    if (bool.getMinimumNumberShouldMatch() > 0) {
      throw new IllegalArgumentException("no Solr form for a minimum-should-match group (" + bool + ")");
    }
  }

  private void anyOf(List<Query> alternatives, StringBuilder out) {
    out.append('(');
    for (int i = 0; i < alternatives.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      append(alternatives.get(i), out);
    }
    out.append(')');
  }

  private void multiPhrase(MultiPhraseQuery multi, StringBuilder out) {
    Term[][] arrays = multi.getTermArrays();
    List<Term[]> variants = new ArrayList<>();
    variants.add(new Term[0]);
    for (Term[] alternatives : arrays) {
      List<Term[]> next = new ArrayList<>();
      for (Term[] prefix : variants) {
        for (Term alternative : alternatives) {
          Term[] longer = java.util.Arrays.copyOf(prefix, prefix.length + 1);
          longer[prefix.length] = alternative;
          next.add(longer);
        }
      }
      if (next.size() > MAX_PHRASE_VARIANTS) {
        throw new IllegalArgumentException("a phrase with too many alternatives for Solr (" + multi + ")");
      }
      variants = next;
    }
    out.append('(');
    for (int i = 0; i < variants.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      phrase(arrays[0][0].field(), variants.get(i), multi.getPositions(), multi.getSlop(), out);
    }
    out.append(')');
  }

  private static void range(TermRangeQuery range, StringBuilder out) {
    out.append(range.getField()).append(':').append(range.includesLower() ? '[' : '{');
    if (range.getLowerTerm() == null) {
      out.append('*');
    } else {
      quoted(range.getLowerTerm().utf8ToString(), out);
    }
    out.append(" TO ");
    if (range.getUpperTerm() == null) {
      out.append('*');
    } else {
      quoted(range.getUpperTerm().utf8ToString(), out);
    }
    out.append(range.includesUpper() ? ']' : '}');
  }

  static void quoted(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }

  /** Every character that means something to the parser, escaped (for prefix and fuzzy terms). */
  static String escapeBare(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\+-!():^[]\"{}~*?|&/ ".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String escapeWildcard(String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(escapeBare(String.valueOf(pattern.charAt(++i))));
      } else if (c == '*' || c == '?') {
        out.append(c);
      } else {
        out.append(escapeBare(String.valueOf(c)));
      }
    }
    return out.toString();
  }

  private static String number(float value) {
    return new BigDecimal(Float.toString(value)).toPlainString();
  }
}
