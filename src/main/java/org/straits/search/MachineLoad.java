package org.straits.search;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Whether the machine has a core to spare beyond the process's own searches: its one-minute load
 * average (runnable threads of every process) below its number of cores. Where the load average
 * is unknown (-1), the cores are taken as free and only the search slots decide.
 */
@FunctionalInterface
interface MachineLoad {
  boolean belowCores();

  /**
   * This machine's, by the operating system's load average, read at most once a second; {@code
   * -Dstraits.search.spareCores=slots} leaves the load average out (the search slots alone decide:
   * to measure on a machine others share), {@code off} lends no core at all.
   */
  static MachineLoad system() {
    String mode = System.getProperty("straits.search.spareCores", "auto");
    return switch (mode) {
      case "auto" -> new SystemLoad(ManagementFactory.getOperatingSystemMXBean());
      case "slots" -> () -> true;
      case "off" -> () -> false;
      default -> throw new IllegalArgumentException(
          "-Dstraits.search.spareCores=" + mode + ": use auto (the default), slots or off");
    };
  }

  /** A search asks for every page: the average is read again only when a second old. */
  final class SystemLoad implements MachineLoad {
    private static final long READ_EVERY_NANOS = 1_000_000_000L;
    private final OperatingSystemMXBean os;
    private final int cores;
    private volatile long readAt = System.nanoTime() - 2 * READ_EVERY_NANOS;
    private volatile boolean below = true;

    private SystemLoad(OperatingSystemMXBean os) {
      this.os = os;
      this.cores = os.getAvailableProcessors();
    }

    @Override
    public boolean belowCores() {
      long now = System.nanoTime();
      if (now - readAt > READ_EVERY_NANOS) {
        // Two threads may both read it at once; either answer is as fresh.
        double average = os.getSystemLoadAverage();
        below = average < 0 || average < cores;
        readAt = now;
      }
      return below;
    }
  }
}
