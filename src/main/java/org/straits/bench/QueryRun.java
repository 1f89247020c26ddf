package org.straits.bench;

import java.util.Map;

/**
 * One system's timings for the query mix at one level of concurrency.
 *
 * @param system the system's name
 * @param threads concurrent clients
 * @param overall latencies of every query
 * @param byKind latencies per kind of query
 * @param queriesPerSecond completed queries per second of wall-clock time
 * @param errors queries that failed
 * @param meanHits mean total hits per query, to check the systems found comparable amounts
 */
public record QueryRun(String system, int threads, LatencySummary overall, Map<QueryKind, LatencySummary> byKind,
    double queriesPerSecond, long errors, double meanHits) {}
