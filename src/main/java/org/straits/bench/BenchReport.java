package org.straits.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured.
 *
 * @param machine where it ran
 * @param seed the seed of the synthetic corpora and query mix
 * @param corpora one entry per corpus size
 * @param http runs through the web server, empty when none was benchmarked
 * @param httpBaseline the in-process Straits runs on the corpus the server holds, for overhead ratios
 * @param scope what this run shortened against the default one ({@code --quick}), or null for a
 *     default run (and reports written before the field)
 */
public record BenchReport(Machine machine, long seed, List<CorpusReport> corpora, List<QueryRun> http,
    List<QueryRun> httpBaseline, String scope) {

  /**
   * One corpus: how fast each system indexed it and answered the query mix on it.
   *
   * @param name "real" or "synthetic-N"
   * @param documents documents in it
   * @param textBytes UTF-8 bytes of their text
   * @param languages documents per language ("en", "zh", "zh-traditional")
   * @param indexing Straits, the analysis ceiling and the peers, by system name
   * @param queries every system's query runs
   * @param readersFirst searches during a full rebuild, on the first corpus only; else null
   */
  public record CorpusReport(String name, int documents, long textBytes, Map<String, Long> languages,
      Map<String, Throughput> indexing, List<QueryRun> queries, RebuildUnderReaders.Result readersFirst) {}

  /**
   * The machine, as the JVM sees it.
   *
   * @param processors available processors
   * @param cpuModel from /proc/cpuinfo, or "unknown"
   * @param memoryBytes physical memory, or 0 when unknown
   * @param maxHeapBytes the JVM's heap limit
   * @param jdk runtime vendor and version
   */
  public record Machine(int processors, String cpuModel, long memoryBytes, long maxHeapBytes, String jdk) {}
}
