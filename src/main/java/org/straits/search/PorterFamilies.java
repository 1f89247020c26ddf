package org.straits.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.straits.index.Fields;

/**
 * Word families by Porter stem over the title and body terms of one index reader: retrieval,
 * retrieve and retrieving's lemma share "retriev". Built from the terms dictionary (a few hundred
 * milliseconds for ~100k terms) once per reader and read by pasted prose only, which Porter served
 * better than inflections alone (CISI MAP, docs/benchmarks.md). Acronyms have no family (US is
 * never use; joining them by case measured no gain on CISI); a short query keeps its exact
 * inflections.
 */
public final class PorterFamilies implements TermFamilies {
  /** The fields whose words form families: title and body. */
  public static final List<String> FIELDS = List.of(Fields.TITLE, Fields.BODY);
  private static final int MAX_RELATIVES = 24;

  /**
   * What an engine's index says of a family's members, each figure the largest over {@link
   * #FIELDS}: documents with the field, the largest document frequency of one member, documents
   * holding any member.
   */
  public record Counts(long docCount, long largest, long holding) {}

  /** The counts of a family's members, read from one snapshot of an engine's index. */
  @FunctionalInterface
  public interface Postings {
    Counts counts(List<String> members) throws IOException;
  }

  private final Postings postings;
  private final Map<String, List<String>> byStem;
  private final Map<List<String>, Float> weights = new ConcurrentHashMap<>();
  private final Stemmer stemmer = new Stemmer();

  private PorterFamilies(Postings postings, Map<String, List<String>> byStem) {
    this.postings = postings;
    this.byStem = byStem;
  }

  /** The families of {@code reader}'s title and body words (lower-case letters; acronyms, numbers and Han are left out). */
  public static PorterFamilies of(IndexReader reader) throws IOException {
    List<String> words = new ArrayList<>();
    for (String field : FIELDS) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum each = terms.iterator();
      for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
        words.add(bytes.utf8ToString());
      }
    }
    return of(words, members -> counts(reader, members));
  }

  /** The families of an engine's title and body {@code words} (each field's terms; repeats are fine). */
  public static PorterFamilies of(Iterable<String> words, Postings postings) {
    Stemmer stemmer = new Stemmer();
    Map<String, TreeSet<String>> families = new HashMap<>();
    for (String term : words) {
      if (isLatinWord(term)) {
        families.computeIfAbsent(stemmer.stem(term), k -> new TreeSet<>()).add(term);
      }
    }
    Map<String, List<String>> byStem = new HashMap<>();
    families.forEach((stem, members) -> {
      if (members.size() <= MAX_RELATIVES) {
        byStem.put(stem, List.copyOf(members));
      }
    });
    return new PorterFamilies(postings, byStem);
  }

  /** Families of whatever reader {@code index} serves now, rebuilt when it moves to a new commit. */
  public static TermFamilies over(IndexView index) {
    return new Current(index);
  }

  /** The other index terms that share {@code term}'s Porter stem; empty when it has none. */
  public List<String> relatives(String term) {
    if (!isLatinWord(term)) {
      return List.of();
    }
    List<String> family = byStem.get(stemmer.stem(term));
    return family == null ? List.of() : family.stream().filter(t -> !t.equals(term)).toList();
  }

  @Override
  public Family widen(List<String> terms) {
    Set<String> all = new LinkedHashSet<>(terms);
    terms.forEach(term -> all.addAll(relatives(term)));
    if (all.size() == terms.size()) {
      return new Family(terms, 1f);
    }
    List<String> members = List.copyOf(all);
    return new Family(members, weights.computeIfAbsent(members, this::idfRatio));
  }

  /**
   * BM25's idf of the documents holding any member (in the field where most do) over the idf a
   * synonym query gives them (that of the member in the most documents): the idf a Porter-stemmed
   * index would have given the stem.
   */
  private float idfRatio(List<String> members) {
    try {
      Counts counts = postings.counts(members);
      return counts.largest() == 0 ? 1f
          : (float) (idf(counts.holding(), counts.docCount()) / idf(counts.largest(), counts.docCount()));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the postings of " + members, e);
    }
  }

  /** The counts in one Lucene reader; deleted documents still count, as they do in the scorer's statistics. */
  private static Counts counts(IndexReader reader, List<String> members) throws IOException {
    long docCount = 0;
    long largest = 0;
    long holding = 0;
    for (String field : FIELDS) {
      FixedBitSet any = new FixedBitSet(reader.maxDoc());
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      docCount = Math.max(docCount, terms.getDocCount());
      TermsEnum each = terms.iterator();
      for (String member : members) {
        if (each.seekExact(new BytesRef(member))) {
          largest = Math.max(largest, each.docFreq());
          PostingsEnum postings = each.postings(null, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            any.set(doc);
          }
        }
      }
      holding = Math.max(holding, any.cardinality());
    }
    return new Counts(docCount, largest, holding);
  }

  private static double idf(long docFreq, long docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  static boolean isLatinWord(String term) {
    // Lower case only: an acronym (US, CAN) stays itself, in prose too.
    return term.length() > 1 && term.chars().allMatch(c -> c < 0x250 && Character.isLowerCase(c));
  }

  /** The families of the reader an {@link IndexView} currently serves. */
  private static final class Current implements TermFamilies {
    private final IndexView index;
    private IndexReader.CacheKey key;
    private PorterFamilies families;

    Current(IndexView index) {
      this.index = index;
    }

    @Override
    public Family widen(List<String> terms) {
      try {
        // Inside the snapshot: a family's idf reads postings of the reader it was built from.
        return index.read((searcher, facets) -> forReader(searcher.getIndexReader()).widen(terms));
      } catch (IOException e) {
        throw new UncheckedIOException("reading the terms of " + index.path() + " for word families", e);
      }
    }

    private synchronized PorterFamilies forReader(IndexReader reader) throws IOException {
      IndexReader.CacheKey current = reader.getReaderCacheHelper().getKey();
      if (current != key) {
        families = PorterFamilies.of(reader);
        key = current;
      }
      return families;
    }
  }

  /** Porter's stem of one lower-case term, through Lucene's own filter (its stemmer class is not public). */
  private static final class Stemmer {
    private final Analyzer porter = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(tokenizer));
      }
    };

    synchronized String stem(String term) {
      try (TokenStream stream = porter.tokenStream("", term)) {
        CharTermAttribute text = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        String stem = stream.incrementToken() ? text.toString() : term;
        stream.end();
        return stem;
      } catch (IOException e) {
        throw new UncheckedIOException("stemming a string cannot fail", e);
      }
    }
  }
}
