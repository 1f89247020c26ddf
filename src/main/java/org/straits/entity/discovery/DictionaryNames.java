package org.straits.entity.discovery;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * The words of HanLP's dictionary segmenter ({@code DoubleArrayTrieSegment} with parts of speech:
 * longest match over the core dictionary, each word tagged with its most frequent part of speech)
 * that can be a name — a person (nr), place (ns…) or organisation (nt…) — and no others. The
 * segmenter makes a string, a term and list nodes for every word and tags every character the
 * dictionary does not match (numbers, Latin, punctuation) as an atom; discovery keeps none of
 * those, so on the 78 % of CCTV text read this way that was most of the cost and most of the
 * garbage. Same matches, same offsets: the atom pass only tags characters that start no dictionary
 * word, and never as a name.
 */
final class DictionaryNames {
  private DictionaryNames() {}

  /** Adds the name-like dictionary words of {@code text[from, to)}, offsets into {@code text}. */
  static void scan(String text, int from, int to, List<Term> into) {
    char[] sentence = new char[to - from];
    text.getChars(from, to, sentence, 0);
    DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher searcher =
        CoreDictionary.trie.getLongestSearcher(sentence, 0);
    while (searcher.next()) {
      Nature nature = searcher.value.nature[0];
      if (mayBeName(nature)) {
        Term term = new Term(new String(sentence, searcher.begin, searcher.length), nature);
        term.offset = from + searcher.begin;
        into.add(term);
      }
    }
  }

  /** A part of speech discovery reads a name from: nr, or one starting ns or nt. */
  static boolean mayBeName(Nature nature) {
    if (nature == Nature.nr) {
      return true;
    }
    String name = nature.toString();
    return name.startsWith("ns") || name.startsWith("nt");
  }
}
