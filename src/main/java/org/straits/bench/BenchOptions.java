package org.straits.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run measures.
 *
 * @param corpusFiles real JSON Lines corpora: benchmarked as they are, and the source of synthetic ones
 * @param includeReal whether the real corpora are benchmarked as they are
 * @param syntheticSizes sizes of the synthetic corpora generated from them
 * @param seed seeds the synthetic corpora and the query mix
 * @param traditionalShare share of synthetic Chinese documents converted to traditional characters
 * @param queriesPerKind queries of each kind in the mix
 * @param rounds measured passes over the mix per client
 * @param maxQuerySeconds time limit of one system's measured passes
 * @param queryThreads client threads of the in-process query benchmark
 * @param indexThreads indexing threads, for Straits and the peers that can use them
 * @param http whether to benchmark the first corpus over HTTP as well
 * @param httpUrl a running Straits server to benchmark instead of one started on the first corpus, or null
 * @param httpConcurrency concurrent HTTP clients, one run each
 * @param work scratch folder for corpora and indexes (deleted afterwards)
 * @param gazetteer an edited gazetteer, or null for the built-in one
 * @param solr whether Straits on a local 2-node SolrCloud is a peer (on the first corpus)
 * @param httpClients the HTTP clients every HTTP row is timed with, in turn; the first is the one
 *     the targets use
 * @param scope what this run shortens against the default one, for the report's header ({@code
 *     --quick}), or null
 */
public record BenchOptions(List<Path> corpusFiles, boolean includeReal, List<Integer> syntheticSizes, long seed,
    double traditionalShare, int queriesPerKind, int rounds, double maxQuerySeconds, List<Integer> queryThreads,
    int indexThreads, boolean http, URI httpUrl, List<Integer> httpConcurrency, Path work, Path gazetteer,
    boolean solr, List<HttpSystem.Client> httpClients, String scope) {

  /** Every HTTP row by the bench's lean client, then by the JDK's, for the side-by-side figures. */
  public static final List<HttpSystem.Client> BOTH_CLIENTS = List.of(HttpSystem.Client.LEAN, HttpSystem.Client.JDK);
  public static final List<Integer> DEFAULT_SIZES = List.of(10_000, 50_000, 200_000);
  /**
   * One small corpus: it takes every peer, table and target row of the default run, and a second
   * size added a fifth of {@code --quick}'s time for rows that say nothing more at this scale.
   */
  public static final List<Integer> QUICK_SIZES = List.of(1_000);

  /** Options without the Solr peer. */
  public BenchOptions(List<Path> corpusFiles, boolean includeReal, List<Integer> syntheticSizes, long seed,
      double traditionalShare, int queriesPerKind, int rounds, double maxQuerySeconds, List<Integer> queryThreads,
      int indexThreads, boolean http, URI httpUrl, List<Integer> httpConcurrency, Path work, Path gazetteer) {
    this(corpusFiles, includeReal, syntheticSizes, seed, traditionalShare, queriesPerKind, rounds, maxQuerySeconds,
        queryThreads, indexThreads, http, httpUrl, httpConcurrency, work, gazetteer, false, BOTH_CLIENTS, null);
  }

  public BenchOptions {
    corpusFiles = List.copyOf(corpusFiles);
    syntheticSizes = List.copyOf(syntheticSizes);
    queryThreads = List.copyOf(queryThreads);
    httpConcurrency = List.copyOf(httpConcurrency);
    httpClients = List.copyOf(httpClients);
    if (httpClients.isEmpty()) {
      throw new IllegalArgumentException("the HTTP part needs at least one client");
    }
  }
}
