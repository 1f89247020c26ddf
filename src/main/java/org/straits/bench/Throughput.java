package org.straits.bench;

/**
 * How fast a corpus went through one processing path.
 *
 * @param documents documents processed
 * @param textBytes UTF-8 bytes of their text
 * @param seconds wall-clock time
 * @param diskBytes size of what was written to disk (0 when nothing was)
 * @param peakHeapBytes most heap in use while it ran (sampled; 0 when not measured)
 */
public record Throughput(long documents, long textBytes, double seconds, long diskBytes, long peakHeapBytes) {
  public double docsPerSecond() {
    return documents / Math.max(seconds, 1e-9);
  }

  public double megabytesPerSecond() {
    return textBytes / 1e6 / Math.max(seconds, 1e-9);
  }
}
