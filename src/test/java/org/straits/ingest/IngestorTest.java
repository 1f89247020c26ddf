package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  @TempDir Path root;
  private final Ingestor ingestor = new Ingestor();

  @Test
  void supportsTheFormatsOfItsReaders() {
    for (String name : List.of("a.txt", "b.md", "c.markdown", "d.jsonl", "e.html", "f.HTM", "g.pdf", "h.docx")) {
      assertTrue(ingestor.supports(name), name);
    }
    for (String name : List.of("a.doc", "b.jpg", "noext", "c.txt.bak")) {
      assertFalse(ingestor.supports(name), name);
    }
  }

  @Test
  void readsAFolderEndToEnd() throws IOException {
    Collected.seed(root, "000_f7ac3b130b48eef7.txt");
    Collected.write(root, "zh/2024/brief.md", "---\ntitle: 简报\ndate: 民国113年2月21日\n---\n正文内容。\n");
    Collected.write(root, "zh/news.jsonl", "{\"id\":\"n1\",\"body\":\"新闻。\"}\n{\"id\":\"n2\",\"body\":\"报道。\"}\n");
    Collected.write(root, "ignored.exe", "MZ");
    SourceScanner.ScanResult scan = new SourceScanner(10_000_000, ingestor::supports).scan(root);
    Collected sink = new Collected();
    scan.files().forEach(file -> ingestor.read(file, sink));
    assertEquals(List.of("000_f7ac3b130b48eef7.txt", "zh/2024/brief.md", "n1", "n2"),
        sink.documents().stream().map(SourceDocument::id).toList());
    assertEquals(List.of("000_f7ac3b130b48eef7.txt", "zh/2024/brief.md", "zh/news.jsonl", "zh/news.jsonl"),
        sink.documents().stream().map(SourceDocument::file).toList());
    assertEquals(LocalDate.of(2024, 2, 21), sink.documents().get(1).date());
    assertTrue(sink.problems().isEmpty(), sink.problems().toString());
    assertEquals(List.of(IngestProblem.skipped("ignored.exe", 0, "unsupported file type .exe")), scan.skipped());
  }

  @Test
  void turnsACorruptPdfIntoOneSkippedProblem() throws IOException {
    SourceFile file = Collected.write(root, "reports/broken.pdf", "%PDF-1.4\nnot really".getBytes(StandardCharsets.US_ASCII));
    Collected sink = new Collected();
    ingestor.read(file, sink);
    assertTrue(sink.documents().isEmpty());
    assertEquals(1, sink.problems().size());
    IngestProblem problem = sink.problems().get(0);
    assertEquals("reports/broken.pdf", problem.file());
    assertTrue(problem.fatal());
    assertTrue(problem.reason().startsWith("corrupt or unreadable .pdf file"), problem.reason());
  }

  @Test
  void reportsAFileWithNoText() throws IOException {
    Collected sink = new Collected();
    ingestor.read(Collected.write(root, "blank.txt", " \n\n\t\n"), sink);
    assertTrue(sink.documents().isEmpty());
    assertEquals(List.of(IngestProblem.skipped("blank.txt", 0, "no text found")), sink.problems());
  }

  @Test
  void catchesWhatAReaderThrowsAndStampsWhatItGives() throws IOException {
    DocumentReader exploding = new DocumentReader() {
      @Override
      public boolean accepts(String fileName) {
        return fileName.endsWith(".boom");
      }

      @Override
      public void read(SourceFile file, DocumentSink sink) {
        throw new IllegalStateException("reader bug\nwith a second line");
      }
    };
    DocumentReader anonymous = new DocumentReader() {
      @Override
      public boolean accepts(String fileName) {
        return fileName.endsWith(".anon");
      }

      @Override
      public void read(SourceFile file, DocumentSink sink) {
        sink.document(new SourceDocument(null, "wrong", "T", "Body", null, null, null, null, null, null, null));
      }
    };
    Ingestor custom = new Ingestor(List.of(exploding, anonymous));
    Collected sink = new Collected();
    custom.read(Collected.write(root, "x.boom", "x"), sink);
    custom.read(Collected.write(root, "dir/y.anon", "y"), sink);
    custom.read(Collected.write(root, "z.txt", "z"), sink);
    assertEquals(List.of(IngestProblem.skipped("x.boom", 0, "reader bug"),
        IngestProblem.skipped("z.txt", 0, "unsupported file type")), sink.problems());
    SourceDocument doc = sink.only();
    assertEquals("dir/y.anon", doc.id());
    assertEquals("dir/y.anon", doc.file());
  }
}
