package org.straits.admin;

import java.time.Instant;
import org.straits.index.IndexProgress;

/**
 * The indexing job as the admin page shows it: the run in progress, if any, and the last one.
 *
 * @param running whether a run is in progress
 * @param full whether the run in progress is a full rebuild
 * @param started when the run in progress started, or null
 * @param by who started it
 * @param progress its latest progress, or null before the first report
 * @param last the last finished run, or null
 */
public record JobStatus(
    boolean running, boolean full, Instant started, String by, IndexProgress progress, RunRecord last) {}
