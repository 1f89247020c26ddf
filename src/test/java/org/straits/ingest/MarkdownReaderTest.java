package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {

  @TempDir Path root;
  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void readsFrontMatterAndStripsMarkup() throws IOException {
    SourceFile file = Collected.write(root, "notes/brief.md", """
        ---
        id: brief-2024-07
        title: "Kinmen: a brief"
        authors: [Jane Roe, John Doe]
        date: 2024-02-21
        source: Example Institute
        url: https://example.org/brief
        lang: en
        ---
        # Ignored heading

        The **Coast Guard** boarded a _sightseeing_ ship near [Kinmen](https://en.wikipedia.org/wiki/Kinmen).
        > Quoted `inline` text, snake_case_name stays.

        ![map of the strait](map.png)

        [^1]: A note about the source.
        """);
    Collected sink = Collected.read(reader, file);
    SourceDocument doc = sink.only();
    assertEquals("brief-2024-07", doc.id());
    assertEquals("notes/brief.md", doc.file());
    assertEquals("Kinmen: a brief", doc.title());
    assertEquals(List.of("Jane Roe", "John Doe"), doc.authors());
    assertEquals(LocalDate.of(2024, 2, 21), doc.date());
    assertEquals("Example Institute", doc.source());
    assertEquals("https://example.org/brief", doc.url());
    assertEquals("en", doc.lang());
    assertEquals("""
        Ignored heading

        The Coast Guard boarded a sightseeing ship near Kinmen.
        Quoted inline text, snake_case_name stays.

        map of the strait""", doc.body());
    assertEquals("[^1]: A note about the source.", doc.notes());
    assertTrue(sink.problems().isEmpty());
  }

  @Test
  void fallsBackToTheFirstHeadingAndASingleAuthorString() throws IOException {
    SourceFile file = Collected.write(root, "zh.md", """
        ---
        author: 王小明、陈大文
        date: 2024年2月21日
        ---
        前言

        # 两岸*关系*展望

        ## 第一节
        两岸关系近期出现新的变化。
        """);
    SourceDocument doc = Collected.read(reader, file).only();
    assertEquals("zh.md", doc.id());
    assertEquals("两岸关系展望", doc.title());
    assertEquals(List.of("王小明", "陈大文"), doc.authors());
    assertEquals(LocalDate.of(2024, 2, 21), doc.date());
    assertTrue(doc.body().contains("第一节\n两岸关系近期出现新的变化。"), doc.body());
  }

  @Test
  void usesTheFileNameWithoutFrontMatterOrHeading() throws IOException {
    SourceDocument doc = Collected.read(reader, Collected.write(root, "a/plain-note.markdown", "Just text.\n")).only();
    assertEquals("plain-note", doc.title());
    assertEquals("Just text.", doc.body());
  }

  @Test
  void rejectsBrokenFrontMatterWithTheFileInTheMessage() throws IOException {
    SourceFile file = Collected.write(root, "bad.md", "---\ntitle: [unclosed\n---\nText\n");
    IOException e = assertThrows(IOException.class, () -> Collected.read(reader, file));
    assertTrue(e.getMessage().startsWith("invalid YAML front matter in bad.md"), e.getMessage());
  }
}
