package org.straits.index;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.straits.ingest.IngestProblem;
import org.straits.ingest.SourceDocument;

/**
 * Analyses and adds documents on worker threads while the caller reads the next ones. A bounded
 * number of documents is in flight, so memory stays flat however large the source.
 */
final class DocumentPipeline implements AutoCloseable {
  private static final int IN_FLIGHT_PER_THREAD = 64;

  private final IndexWriter writer;
  private final DocumentBuilder builder;
  private final ExecutorService workers;
  private final Semaphore slots;
  private final int capacity;
  private final int threads;
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();

  DocumentPipeline(IndexWriter writer, DocumentBuilder builder, int threads) {
    this.writer = writer;
    this.builder = builder;
    this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("straits-index-", 0).daemon().factory());
    this.threads = threads;
    this.capacity = threads * IN_FLIGHT_PER_THREAD;
    this.slots = new Semaphore(capacity);
  }

  /** Queues one document; a failure confined to it goes to {@code onProblem}. */
  void submit(SourceDocument doc, String fileHash, long indexedAt, Consumer<IngestProblem> onProblem)
      throws IOException, InterruptedException {
    rethrowFatal();
    slots.acquire();
    workers.execute(() -> {
      try {
        writer.addDocument(builder.build(doc, fileHash, indexedAt));
        indexed.incrementAndGet();
      } catch (IOException | RuntimeException e) {
        if (isFatal(e)) {
          fatal.compareAndSet(null, e);
        } else {
          onProblem.accept(IngestProblem.skipped(doc.file(), 0, "document '" + doc.id() + "': " + e.getMessage()));
        }
      } catch (Error e) {
        fatal.compareAndSet(null, e);
      } finally {
        slots.release();
      }
    });
  }

  /** Blocks until every queued document is in the writer: a safe point to commit. */
  void awaitIdle() throws IOException, InterruptedException {
    slots.acquire(capacity);
    slots.release(capacity);
    rethrowFatal();
  }

  /**
   * Waits for the queued documents, then writes the writer's in-memory segments out on every
   * worker at once: a commit would flush them one after another on the committing thread, the
   * last seconds of a full rebuild on one core while the others wait.
   */
  void awaitFlushed() throws IOException, InterruptedException {
    awaitIdle();
    for (int i = 0; i < threads; i++) {
      slots.acquire();
      workers.execute(() -> {
        try {
          while (writer.flushNextBuffer()) {
            // each call takes the next segment no other worker is writing
          }
        } catch (IOException | RuntimeException | Error e) {
          fatal.compareAndSet(null, e);
        } finally {
          slots.release();
        }
      });
    }
    awaitIdle();
  }

  long indexed() {
    return indexed.get();
  }

  /** Document-level problems (a term too long, a bad facet value) spare the run; I/O does not. */
  private static boolean isFatal(Exception e) {
    return e instanceof IOException || e instanceof org.apache.lucene.store.AlreadyClosedException;
  }

  void rethrowFatal() throws IOException {
    Throwable failure = fatal.get();
    if (failure == null) {
      return;
    }
    // Once the writer fails (disk full), other threads only see "this IndexWriter is closed";
    // the writer keeps the first, real cause.
    Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : failure;
    String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    throw new IOException("indexing failed: " + reason, cause);
  }

  @Override
  public void close() throws InterruptedException {
    workers.shutdown();
    if (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
      workers.shutdownNow();
    }
  }
}
