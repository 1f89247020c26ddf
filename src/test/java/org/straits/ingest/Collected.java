package org.straits.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A sink that keeps what it is given, and helpers to put fixtures on disk, shared by the tests. */
final class Collected extends CollectingSink {

  SourceDocument only() {
    if (documents().size() != 1) {
      throw new AssertionError("expected one document, got " + documents().size() + "; problems " + problems());
    }
    return documents().get(0);
  }

  static SourceFile write(Path root, String rel, byte[] bytes) throws IOException {
    Path file = root.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return new SourceFile(file, rel, bytes.length, SourceScanner.sha256(file));
  }

  static SourceFile write(Path root, String rel, String text) throws IOException {
    return write(root, rel, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static SourceFile seed(Path root, String name) throws IOException {
    return write(root, name, Files.readAllBytes(Path.of("seeds", name)));
  }

  static Collected read(DocumentReader reader, SourceFile file) throws IOException {
    Collected sink = new Collected();
    reader.read(file, sink);
    return sink;
  }
}
