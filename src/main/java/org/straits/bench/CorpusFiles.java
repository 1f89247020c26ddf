package org.straits.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.straits.ingest.DocumentSink;
import org.straits.ingest.IngestProblem;
import org.straits.ingest.JsonLinesReader;
import org.straits.ingest.SourceDocument;
import org.straits.ingest.SourceFile;

/**
 * The one way benchmarks and evaluations read and write corpora: JSON Lines in the ingest format,
 * read through the same {@link JsonLinesReader} that indexing uses.
 */
public final class CorpusFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusFiles() {}

  /** Every document of every file, in order; a bad line is an error here, not a warning. */
  public static List<SourceDocument> read(List<Path> files) throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new IOException("corpus file " + file.toAbsolutePath().normalize() + " does not exist");
      }
      List<String> problems = new ArrayList<>();
      new JsonLinesReader().read(new SourceFile(file, file.getFileName().toString(), Files.size(file), ""),
          new DocumentSink() {
            @Override
            public void document(SourceDocument document) {
              docs.add(document);
            }

            @Override
            public void problem(IngestProblem problem) {
              problems.add(problem.toString());
            }
          });
      if (!problems.isEmpty()) {
        throw new IOException(file + ": " + problems.size() + " bad lines, first: " + problems.get(0));
      }
    }
    return docs;
  }

  /** Writes {@code docs} as JSON Lines files of at most {@code perFile} documents under {@code dir}. */
  public static List<Path> write(List<SourceDocument> docs, Path dir, int perFile) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int start = 0; start < docs.size(); start += perFile) {
      Path file = dir.resolve(String.format("part-%05d.jsonl", files.size()));
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (SourceDocument doc : docs.subList(start, Math.min(docs.size(), start + perFile))) {
          out.write(JSON.writeValueAsString(toJson(doc)));
          out.write('\n');
        }
      }
      files.add(file);
    }
    return files;
  }

  /** UTF-8 bytes of the text a document carries: what MB/s figures are measured in. */
  public static long textBytes(List<SourceDocument> docs) {
    long bytes = 0;
    for (SourceDocument doc : docs) {
      bytes += utf8Length(doc.title()) + utf8Length(doc.body()) + utf8Length(doc.notes());
    }
    return bytes;
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static ObjectNode toJson(SourceDocument doc) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", doc.id());
    node.put("title", doc.title());
    node.put("body", doc.body());
    if (!doc.notes().isEmpty()) {
      node.put("notes", doc.notes());
    }
    if (doc.date() != null) {
      node.put("date", doc.date().toString());
    }
    doc.authors().forEach(node.withArray("authors")::add);
    node.put("source", doc.source());
    node.put("url", doc.url());
    node.put("lang", doc.lang());
    return node;
  }
}
