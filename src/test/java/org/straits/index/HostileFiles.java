package org.straits.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writers of the files an attacker or a broken export would put in a source folder. */
final class HostileFiles {
  private HostileFiles() {}

  /** A DOCX whose one text entry inflates from a few hundred KiB to {@code mib} MiB. */
  static void zipBombDocx(Path file, int mib) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(9);
      entry(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
          <Default Extension="xml" ContentType="application/xml"/>\
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
      entry(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
          + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] mebibyte = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < mib; i++) {
        zip.write(mebibyte);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** HTML nested {@code depth} elements deep around one sentence. */
  static void deeplyNestedHtml(Path file, int depth) throws IOException {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      out.write("<html><head><title>Nested</title></head><body>".getBytes(StandardCharsets.US_ASCII));
      byte[] open = "<div>".getBytes(StandardCharsets.US_ASCII);
      byte[] close = "</div>".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < depth; i++) {
        out.write(open);
      }
      out.write("Deep inside the nesting about Kinmen.".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < depth; i++) {
        out.write(close);
      }
      out.write("</body></html>".getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** A PDF of {@code pages} pages, each with {@code lines} lines of text. */
  static void manyPagePdf(Path file, int pages, int lines) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
          text.beginText();
          text.setFont(font, 10);
          text.newLineAtOffset(40, 740);
          for (int l = 0; l < lines; l++) {
            text.showText("Page " + p + " line " + l + ": the strait, the coast guard and the harbour at Kinmen.");
            text.newLineAtOffset(0, -12);
          }
          text.endText();
        }
      }
      pdf.save(file.toFile());
    }
  }

  /** A file of {@code bytes} bytes that takes no disk space (sparse): one endless JSON line. */
  static void hugeSparseJsonLine(Path file, long bytes) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.write("{\"id\":\"huge\",\"body\":\"".getBytes(StandardCharsets.US_ASCII));
      raf.setLength(bytes);
    }
  }

  /** Random bytes without NULs, as a .txt: valid UTF-8 nowhere, language in no encoding. */
  static byte[] invalidUtf8() {
    java.util.Random random = new java.util.Random(15);
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (1 + random.nextInt(255));
    }
    return bytes;
  }

  /** One file that switches encoding half-way: UTF-8, then GBK, then Big5. */
  static byte[] mixedEncodings() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes("Mixed file\n\nThe first part is UTF-8: 台湾海峡两岸关系。\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("第二部分是GBK编码的简体中文。\n".getBytes(java.nio.charset.Charset.forName("GBK")));
    out.writeBytes("第三部分是Big5編碼的繁體中文。\n".getBytes(java.nio.charset.Charset.forName("Big5")));
    return out.toByteArray();
  }
}
