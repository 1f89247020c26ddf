package org.straits.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.Random;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The words the filter skips are words neither stemmer would change. */
class InflectionStemFilterTest {

  @Test
  void kstemsDictionaryHoldsOnlyTheLettersAToZ() throws ReflectiveOperationException {
    Class<?> stemmer = Class.forName("org.apache.lucene.analysis.en.KStemmer");
    Field dictionary = stemmer.getDeclaredField("dict_ht");
    dictionary.setAccessible(true);
    CharArrayMap<?> words = (CharArrayMap<?>) dictionary.get(null);
    assertTrue(words.size() > 10_000, "the dictionary is loaded");
    for (Object key : words.keySet()) {
      for (char c : (char[]) key) {
        assertTrue(c >= 'a' && c <= 'z', () -> "KStem's dictionary has " + new String((char[]) key));
      }
    }
  }

  @Test
  void skippedWordsAreLeftAsTheStemmersLeaveThem() throws IOException {
    Random random = new Random(5);
    String alphabet = "abcdeisy'’-1中国人民s";
    int skipped = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder word = new StringBuilder();
      for (int i = 3 + random.nextInt(8); i > 0; i--) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = word.toString();
      if (InflectionStemFilter.cannotChange(text.toCharArray(), text.length())) {
        skipped++;
        assertEquals(text, stemmed(text), text);
      }
    }
    assertTrue(skipped > 5_000, "many words were skipped");
    assertTrue(InflectionStemFilter.cannotChange("中国人民".toCharArray(), 4));
    assertFalse(InflectionStemFilter.cannotChange("visited".toCharArray(), 7));
    assertFalse(InflectionStemFilter.cannotChange("1990s".toCharArray(), 5));
  }

  /** What KStem and then the minimal stemmer make of one word, with no filter of ours. */
  private static String stemmed(String word) throws IOException {
    WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(word));
    try (TokenStream stream = new EnglishMinimalStemFilter(new KStemFilter(tokenizer))) {
      CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
      stream.reset();
      assertTrue(stream.incrementToken());
      String result = term.toString();
      stream.end();
      return result;
    }
  }
}
