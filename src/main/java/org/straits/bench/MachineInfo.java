package org.straits.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Describes the machine a benchmark ran on, from the JVM and /proc. */
final class MachineInfo {
  private MachineInfo() {}

  static BenchReport.Machine current() {
    return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), physicalMemory(),
        Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version") + aotCache());
  }

  /** Whether the JVM was started with an AOT cache (the launcher's on JDK 25+): a cold run's figures depend on it. */
  private static String aotCache() {
    boolean aot = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(arg -> arg.startsWith("-XX:AOTCache="));
    return aot ? ", AOT cache" : "";
  }

  private static String cpuModel() {
    return procLine(Path.of("/proc/cpuinfo"), "model name").orElse("unknown");
  }

  private static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 0;
  }

  private static java.util.Optional<String> procLine(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
