package org.straits.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Indexing yields the cores to searches: a run works on a thread of its own whose OS scheduling
 * priority is lowered by {@value #NICE_INCREMENT} nice levels (Linux; Java thread priorities are
 * ignored there without special flags). The threads it starts — document workers, Lucene's merge
 * threads — inherit the lowered priority. On an idle machine a run is as fast as before; while
 * searches keep the cores busy, the scheduler gives indexing about a tenth of their share.
 */
final class BackgroundPriority {
  /** Nice 10 against searches at nice 0: a CPU share weight of 110 against 1024. */
  static final int NICE_INCREMENT = 10;
  static final int UNKNOWN = Integer.MIN_VALUE;
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private BackgroundPriority() {}

  /** Runs {@code work} on a new thread at the lowered priority and waits for it. */
  static <T> T call(String name, Callable<T> work) throws IOException {
    FutureTask<T> task = new FutureTask<>(() -> {
      lowerCurrentThread();
      return work.call();
    });
    Thread thread = Thread.ofPlatform().name(name).start(task);
    try {
      return task.get();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }

  /**
   * Lowers the calling thread's priority where the OS lets us (Linux: {@code renice} on the
   * thread's id); elsewhere, or when it fails, the thread keeps its priority: only slower searches
   * during a run, never a failed run.
   */
  static void lowerCurrentThread() {
    try {
      if (!Boolean.parseBoolean(System.getProperty("straits.index.lowPriority", "true"))) {
        return;
      }
      int nice = niceOfCurrentThread();
      if (nice == UNKNOWN || nice >= 19) {
        return;
      }
      String tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
      String target = String.valueOf(Math.min(19, nice + NICE_INCREMENT));
      Process renice = new ProcessBuilder("renice", "-n", target, "-p", tid)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      renice.waitFor();
    } catch (IOException | UnsupportedOperationException e) {
      // Not Linux, or no renice: the run goes on at normal priority.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The calling thread's nice value (Linux), or {@link #UNKNOWN}. */
  static int niceOfCurrentThread() {
    try {
      String stat = Files.readString(THREAD_SELF.resolve("stat"));
      // Fields after the parenthesised command name: state is field 3, nice field 19.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Integer.parseInt(fields[16]);
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }
}
