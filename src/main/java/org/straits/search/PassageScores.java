package org.straits.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, normalised by position), computed without the
 * {@code BytesRefHash} Lucene builds for every candidate passage: its 32 KB block per passage was
 * a tenth of highlighting's time. A passage has a handful of matches, so distinct terms are
 * found by comparing them; the sum runs in the same order, so scores are the same.
 */
final class PassageScores extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    BytesRef[] distinct = new BytesRef[matches];
    int[] inPassage = new int[matches];
    int[] inDoc = new int[matches];
    int size = 0;
    for (int i = 0; i < matches; i++) {
      int index = indexOf(distinct, size, terms[i]);
      if (index < 0) {
        index = size++;
        distinct[index] = terms[i];
        inDoc[index] = freqsInDoc[i];
      }
      inPassage[index]++;
    }
    double score = 0;
    for (int i = 0; i < size; i++) {
      score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }

  private static int indexOf(BytesRef[] terms, int size, BytesRef term) {
    for (int i = 0; i < size; i++) {
      if (terms[i].bytesEquals(term)) {
        return i;
      }
    }
    return -1;
  }
}
