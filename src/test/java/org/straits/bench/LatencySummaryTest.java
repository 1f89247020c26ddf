package org.straits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {
  private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void nearestRankPercentiles() {
    assertEquals(5, LatencySummary.percentile(ONE_TO_TEN, 50));
    assertEquals(10, LatencySummary.percentile(ONE_TO_TEN, 95));
    assertEquals(10, LatencySummary.percentile(ONE_TO_TEN, 99));
    assertEquals(1, LatencySummary.percentile(ONE_TO_TEN, 10));
    assertEquals(9, LatencySummary.percentile(ONE_TO_TEN, 90));
    assertEquals(7, LatencySummary.percentile(new double[] {7}, 99));
  }

  @Test
  void summaryOfNanosInMilliseconds() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
    }
    LatencySummary summary = LatencySummary.ofNanos(nanos);
    assertEquals(100, summary.count());
    assertEquals(50, summary.p50Ms(), 1e-9);
    assertEquals(95, summary.p95Ms(), 1e-9);
    assertEquals(99, summary.p99Ms(), 1e-9);
    assertEquals(50.5, summary.meanMs(), 1e-9);
  }

  @Test
  void medianOfUnsortedValues() {
    assertEquals(3, LatencySummary.median(5, 1, 3));
    assertEquals(2, LatencySummary.median(4, 1, 2, 3));
  }

  @Test
  void emptyAndInvalid() {
    assertEquals(LatencySummary.EMPTY, LatencySummary.ofNanos(new long[0]));
    assertThrows(IllegalArgumentException.class, () -> LatencySummary.percentile(new double[0], 50));
    assertThrows(IllegalArgumentException.class, () -> LatencySummary.percentile(ONE_TO_TEN, 0));
  }
}
