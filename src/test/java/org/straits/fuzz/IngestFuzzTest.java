package org.straits.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.straits.ingest.CollectingSink;
import org.straits.ingest.Ingestor;
import org.straits.ingest.SourceFile;

/**
 * Every ingest reader, fed arbitrary bytes under its own file extension: the only way out is
 * documents or named problems. {@link Ingestor#read} already turns exceptions into a skipped
 * file; what this finds is what escapes that: hangs, runaway allocation, errors it does not catch.
 */
class IngestFuzzTest {
  private static final String[] EXTENSIONS = {"txt", "jsonl", "md", "html", "pdf", "docx"};
  private static final Ingestor INGESTOR = new Ingestor();

  @FuzzTest(maxDuration = "60s")
  void anyReaderNamesItsProblems(FuzzedDataProvider data) throws IOException {
    String extension = data.pickValue(EXTENSIONS);
    byte[] bytes = data.consumeRemainingAsBytes();
    readsWithoutEscaping(extension, bytes);
  }

  static void readsWithoutEscaping(String extension, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("straits-fuzz-ingest");
    Path file = dir.resolve("input." + extension);
    try {
      Files.write(file, bytes);
      CollectingSink sink = new CollectingSink();
      INGESTOR.read(new SourceFile(file, file.getFileName().toString(), bytes.length, "fuzz"), sink);
      assertTrue(!sink.documents().isEmpty() || !sink.problems().isEmpty(),
          "a file gives documents or a named problem, never nothing");
      sink.problems().forEach(p -> assertTrue(!p.reason().isBlank(), "every problem has a reason"));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
