package org.straits.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.straits.analysis.ChineseFolding;
import org.straits.index.Fields;

/**
 * The query behind title suggestions for half-typed text. Latin text goes through the title
 * field's analyzer: the finished words must appear, the last (unfinished) one is a prefix. Han
 * text has no word boundaries to complete, so the title must contain the typed characters: a
 * phrase of their bigrams, or for one character the bigrams that start with it.
 */
public final class TitlePrefixQuery {
  /** One Latin letter would match half the titles; two say something. */
  private static final int MIN_LATIN_CHARS = 2;

  private final Analyzer analyzer;

  public TitlePrefixQuery(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query, or empty when the text is too short or has nothing searchable. */
  public Optional<Query> build(String typed) {
    String han = hanCharacters(typed);
    if (!han.isEmpty()) {
      return Optional.ofNullable(han.length() == 1
          ? new PrefixQuery(new Term(Fields.TITLE_CJK, han))
          : new QueryBuilder(analyzer).createPhraseQuery(Fields.TITLE_CJK, han));
    }
    if (typed.strip().length() < MIN_LATIN_CHARS) {
      return Optional.empty();
    }
    List<String> words = analyze(typed);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words.subList(0, words.size() - 1)) {
      all.add(new TermQuery(new Term(Fields.TITLE, word)), BooleanClause.Occur.MUST);
    }
    all.add(new PrefixQuery(new Term(Fields.TITLE, words.get(words.size() - 1))), BooleanClause.Occur.MUST);
    return Optional.of(all.build());
  }

  /** The Han characters of {@code text}, folded to simplified as the index holds them. */
  private static String hanCharacters(String text) {
    StringBuilder han = new StringBuilder();
    text.codePoints().filter(ChineseFolding::isHan).forEach(han::appendCodePoint);
    return ChineseFolding.fold(han);
  }

  private List<String> analyze(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.TITLE, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse suggestion text '" + text + "'", e);
    }
    return words;
  }
}
