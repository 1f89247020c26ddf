package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaReaderTest {

  @TempDir Path root;
  private final TikaReader reader = new TikaReader();

  @Test
  void readsDocxTextAndCoreProperties() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.createParagraph().createRun().setText("Kinmen inspections began on February 19.");
      docx.createParagraph().createRun().setText("两岸关系近期出现新的变化。");
      docx.getProperties().getCoreProperties().setTitle("Coast Guard Boardings");
      docx.getProperties().getCoreProperties().setCreator("Jane Roe");
      docx.getProperties().getCoreProperties().setCreated("2024-02-21T09:00:00Z");
      docx.write(bytes);
    }
    SourceDocument doc = Collected.read(reader, Collected.write(root, "office/brief.docx", bytes.toByteArray())).only();
    assertEquals("office/brief.docx", doc.id());
    assertEquals("Coast Guard Boardings", doc.title());
    assertEquals(List.of("Jane Roe"), doc.authors());
    assertEquals(LocalDate.of(2024, 2, 21), doc.date());
    assertEquals("Kinmen inspections began on February 19.\n两岸关系近期出现新的变化。", doc.body());
  }

  @Test
  void readsPdfTextAndDocumentInformation() throws IOException {
    byte[] pdf = pdf(document -> {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Weekly Update");
      info.setAuthor("Nils Peterson");
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.set(2024, Calendar.FEBRUARY, 21, 12, 0, 0);
      info.setCreationDate(created);
    });
    SourceDocument doc = Collected.read(reader, Collected.write(root, "update.pdf", pdf)).only();
    assertEquals("Weekly Update", doc.title());
    assertEquals(List.of("Nils Peterson"), doc.authors());
    assertEquals(LocalDate.of(2024, 2, 21), doc.date());
    assertEquals("The Coast Guard boarded a ship near Kinmen.", doc.body());
  }

  @Test
  void readsHtmlMetaTagsAndDeclaredCharset() throws IOException {
    String html = """
        <html><head><meta charset="GBK"><title>两岸关系</title>
        <meta name="author" content="王小明"><meta name="date" content="2024-02-21">
        </head><body><h1>两岸关系</h1><p>国台办发言人今天表示，大陆将继续推动两岸交流合作。</p>
        <script>var hidden = 1;</script></body></html>""";
    SourceFile file = Collected.write(root, "web/page.html", html.getBytes(Charset.forName("GBK")));
    SourceDocument doc = Collected.read(reader, file).only();
    assertEquals("两岸关系", doc.title());
    assertEquals(List.of("王小明"), doc.authors());
    assertEquals(LocalDate.of(2024, 2, 21), doc.date());
    assertEquals("两岸关系\n国台办发言人今天表示，大陆将继续推动两岸交流合作。", doc.body());
  }

  @Test
  void detectsTheCharsetOfHtmlThatDoesNotDeclareIt() throws IOException {
    String html = "<html><head><title>臺灣</title></head><body><p>總統府發表聲明。</p></body></html>";
    SourceFile file = Collected.write(root, "big5.htm", html.getBytes(Charset.forName("Big5")));
    SourceDocument doc = Collected.read(reader, file).only();
    assertEquals("臺灣", doc.title());
    assertEquals("總統府發表聲明。", doc.body());
  }

  @Test
  void truncatesHugeTextWithAWarning() throws IOException {
    String html = "<html><body><p>" + "Taiwan Strait ".repeat(100) + "</p></body></html>";
    Collected sink = Collected.read(new TikaReader(50, java.time.Duration.ofSeconds(60)), Collected.write(root, "huge.html", html));
    String body = sink.only().body();
    assertTrue(body.startsWith("Taiwan Strait Taiwan Strait Taiwan Strait") && body.length() <= 50, body);
    assertEquals(List.of(IngestProblem.warning("huge.html", "text truncated at 50 characters")), sink.problems());
  }

  @Test
  void failsClearlyOnACorruptPdf() throws IOException {
    SourceFile file = Collected.write(root, "broken.pdf", "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
    IOException e = assertThrows(IOException.class, () -> Collected.read(reader, file));
    assertTrue(e.getMessage().startsWith("corrupt or unreadable .pdf file broken.pdf"), e.getMessage());
  }

  @Test
  void failsClearlyOnAnEncryptedPdf() throws IOException {
    byte[] pdf = pdf(document -> {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
    });
    SourceFile file = Collected.write(root, "locked.pdf", pdf);
    IOException e = assertThrows(IOException.class, () -> Collected.read(reader, file));
    assertEquals("encrypted (password-protected) file: locked.pdf", e.getMessage());
  }

  private interface PdfSetup {
    void apply(PDDocument document) throws IOException;
  }

  private static byte[] pdf(PdfSetup setup) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("The Coast Guard boarded a ship near Kinmen.");
        content.endText();
      }
      setup.apply(document);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }
}
