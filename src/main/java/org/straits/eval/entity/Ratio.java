package org.straits.eval.entity;

/** A share such as recall: {@code hits} out of {@code total}; NaN when nothing was counted. */
public record Ratio(long hits, long total) {

  public Ratio {
    if (hits < 0 || total < 0 || hits > total) {
      throw new IllegalArgumentException("bad ratio " + hits + "/" + total);
    }
  }

  public double value() {
    return total == 0 ? Double.NaN : (double) hits / total;
  }

  @Override
  public String toString() {
    return total == 0 ? "n/a (0/0)" : String.format("%.3f (%d/%d)", value(), hits, total);
  }
}
