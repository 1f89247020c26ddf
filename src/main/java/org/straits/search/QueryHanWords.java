package org.straits.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The Chinese words a query's marks may cover: the Han terms of its word fields (中国, 内政, 涉, a
 * name the entity widening adds) and the text of each phrase of bigrams on the bigram fields (a
 * keyword or a quoted chunk, as typed: 两岸关系). A pasted sentence's bigrams are or-ed single
 * terms, each two characters of the sentence, and name no word: 的内 of 是中国的内政 is the end of
 * one word and the start of the next, so it may not mark 内 of a document's 内部 ({@link Marks}).
 */
final class QueryHanWords {
  private QueryHanWords() {}

  static Set<String> of(Query query) {
    Set<String> words = new HashSet<>();
    if (query == null) {
      return words;
    }
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        if (terms.length == 0) {
          return;
        }
        if (!ParserForFields.BIGRAM_FIELDS.contains(terms[0].field())) {
          for (Term term : terms) {
            addIfHan(words, term.text());
          }
        } else if (leaf instanceof PhraseQuery && terms.length > 1) {
          addIfHan(words, joined(terms));
        }
      }
    });
    return words;
  }

  /** The text of overlapping bigrams: 两岸 岸关 关系 → 两岸关系. */
  private static String joined(Term[] bigrams) {
    StringBuilder text = new StringBuilder(bigrams[0].text());
    for (int i = 1; i < bigrams.length; i++) {
      String bigram = bigrams[i].text();
      text.append(bigram, Math.min(1, bigram.length() - 1), bigram.length());
    }
    return text.toString();
  }

  private static void addIfHan(Set<String> words, String text) {
    if (isHan(text)) {
      words.add(text);
    }
  }

  /** Whether every character of {@code text} is a Han ideograph (a Chinese word or bigram). */
  static boolean isHan(CharSequence text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }
}
