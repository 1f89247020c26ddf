package org.straits.bench;

import java.util.Arrays;

/**
 * Latencies of a set of timed operations, in milliseconds.
 *
 * @param count operations timed
 * @param p50Ms median
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param meanMs arithmetic mean
 */
public record LatencySummary(int count, double p50Ms, double p95Ms, double p99Ms, double meanMs) {
  public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

  /** Summarises raw durations in nanoseconds. */
  public static LatencySummary ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return EMPTY;
    }
    double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    return new LatencySummary(millis.length, percentile(millis, 50), percentile(millis, 95),
        percentile(millis, 99), Arrays.stream(millis).average().orElse(0));
  }

  /**
   * The nearest-rank percentile of sorted values: the smallest value with at least {@code p}% of
   * the values at or below it. No interpolation, so every reported figure was actually observed.
   */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("percentile of no values");
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], not " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** The median of unsorted values, e.g. repeated throughput measurements. */
  public static double median(double... values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return percentile(sorted, 50);
  }
}
