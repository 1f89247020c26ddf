package org.straits.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * smartcn's words for a run of ideographs, remembered for runs seen before. smartcn's output for
 * a run depends on the run alone (static dictionaries, no context), so a remembered answer is the
 * answer. News bulletins repeat their boilerplate (新闻联播, 习近平, 中共中央, whole stock phrases):
 * on the real corpus 40% of the 880k runs, 21% of their characters, were seen among the previous
 * 64k distinct runs (docs/benchmarks.md, "Round three").
 *
 * <p>Shared by every thread; bounded by two generations of at most {@link #GENERATION} runs each:
 * a run found in the older generation moves to the current one, and when the current one is full
 * it becomes the older one (an approximate LRU without locks). Races only lose an entry, never
 * give a wrong one: a value is computed from its key alone and never changed.
 */
public final class SegmentationCache {
  /** Runs per generation; two generations ≈ 10 MB at the corpus's run lengths. */
  static final int GENERATION = 32_768;
  /** Longer runs rarely repeat (11 of 415k repeats on the real corpus were over 50 characters). */
  static final int MAX_RUN_LENGTH = 48;

  private static final SegmentationCache SHARED =
      new SegmentationCache(!"false".equals(System.getProperty("straits.segmentationCache")), GENERATION);

  private final boolean enabled;
  private final int generationSize;
  private volatile Map<String, int[]> current = new ConcurrentHashMap<>();
  private volatile Map<String, int[]> older = Map.of();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  SegmentationCache(boolean enabled, int generationSize) {
    this.enabled = enabled;
    this.generationSize = generationSize;
  }

  /** The JVM's cache; {@code -Dstraits.segmentationCache=false} switches it off (for A/B measurements). */
  public static SegmentationCache shared() {
    return SHARED;
  }

  /** A cache that remembers nothing: every run is segmented. */
  static SegmentationCache none() {
    return new SegmentationCache(false, 0);
  }

  /**
   * The words of {@code run} as start/end pairs of char offsets into it (sentence markers left
   * out), in order. {@code segmenter} is the caller's own: smartcn's segmenter is not thread-safe.
   */
  int[] words(String run, HHMMSegmenter segmenter) {
    if (!enabled || run.length() > MAX_RUN_LENGTH) {
      return segment(run, segmenter);
    }
    int[] words = current.get(run);
    if (words == null) {
      words = older.get(run);
      if (words == null) {
        misses.increment();
        words = segment(run, segmenter);
      } else {
        hits.increment();
      }
      remember(run, words);
    } else {
      hits.increment();
    }
    return words;
  }

  private void remember(String run, int[] words) {
    Map<String, int[]> generation = current;
    if (generation.size() >= generationSize) {
      synchronized (this) {
        if (current == generation) {
          older = generation;
          current = new ConcurrentHashMap<>();
        }
        generation = current;
      }
    }
    generation.put(run, words);
  }

  private static int[] segment(String run, HHMMSegmenter segmenter) {
    List<SegToken> tokens = segmenter.process(run);
    List<SegToken> words = new ArrayList<>(tokens.size());
    for (SegToken token : tokens) {
      if (token.wordType != WordType.SENTENCE_BEGIN && token.wordType != WordType.SENTENCE_END) {
        words.add(token);
      }
    }
    int[] bounds = new int[words.size() * 2];
    for (int i = 0; i < words.size(); i++) {
      bounds[2 * i] = words.get(i).startOffset;
      bounds[2 * i + 1] = words.get(i).endOffset;
    }
    return bounds;
  }

  /** Runs answered from the cache and runs segmented since the JVM started (long runs not counted). */
  public long[] counts() {
    return new long[] {hits.sum(), misses.sum()};
  }
}
