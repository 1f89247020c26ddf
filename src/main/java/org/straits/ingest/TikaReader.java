package org.straits.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads HTML, PDF and DOCX through Tika: the body text, and title, authors and date from the
 * file's own metadata. Hostile files are bounded on purpose: text beyond {@link #MAX_CHARS} (by
 * default) is cut off with a warning, so one huge file cannot exhaust memory; a file that takes
 * longer than {@link #TIME_LIMIT} is stopped and skipped with that reason; zip entries that
 * inflate more than {@link #MIN_INFLATE_RATIO}⁻¹-fold or beyond {@link #MAX_ZIP_ENTRY_BYTES} (zip
 * bombs dressed as DOCX) are refused; files embedded inside a document are not opened, so a
 * document cannot nest others without end.
 */
public final class TikaReader implements DocumentReader {

  static final int MAX_CHARS = 5_000_000;
  static final java.time.Duration TIME_LIMIT = java.time.Duration.ofSeconds(60);
  /** POI's own default, set here on purpose: a DOCX entry may inflate at most 100-fold. */
  static final double MIN_INFLATE_RATIO = 0.01;
  static final long MAX_ZIP_ENTRY_BYTES = 512L << 20;

  static {
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
  }
  private static final Set<String> EXTENSIONS = Set.of("html", "htm", "pdf", "docx");
  /** Where HTML pages and office files keep their date, most specific first. */
  private static final List<String> DATE_KEYS = List.of(TikaCoreProperties.CREATED.getName(),
      "article:published_time", "citation_publication_date", "citation_date", "dc.date",
      "DC.date", "date", "pubdate", TikaCoreProperties.MODIFIED.getName());
  private static final List<String> AUTHOR_KEYS =
      List.of(TikaCoreProperties.CREATOR.getName(), "author", "Author", "citation_author");

  private final Parser parser = new AutoDetectParser();
  private final int maxChars;
  private final java.time.Duration timeLimit;

  public TikaReader() {
    this(MAX_CHARS, TIME_LIMIT);
  }

  /**
   * A reader that keeps at most {@code maxChars} characters of each file's text and gives up on a
   * file after {@code timeLimit}.
   */
  public TikaReader(int maxChars, java.time.Duration timeLimit) {
    this.maxChars = maxChars;
    this.timeLimit = timeLimit;
  }

  @Override
  public boolean accepts(String fileName) {
    return FileNames.hasExtension(fileName, EXTENSIONS);
  }

  @Override
  public void read(SourceFile file, DocumentSink sink) throws IOException {
    String rel = file.relativePath();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.path().getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    ParseContext context = new ParseContext();
    context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, NO_EMBEDDED);
    // The page's own meta charset first; else our detector, which is right on short Chinese pages.
    context.set(EncodingDetector.class,
        new CompositeEncodingDetector(List.of(new HtmlEncodingDetector(), new DecoderDetector())));
    try (InputStream in = TikaInputStream.get(file.path(), metadata)) {
      parser.parse(in, new ReadDeadline(handler, timeLimit), metadata, context);
    } catch (SAXException | TikaException e) {
      if (ReadDeadline.isExpired(e)) {
        throw new IOException(rel + ": reading took longer than " + timeLimit.toSeconds() + " s; skipped", e);
      }
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw unreadable(rel, e);
      }
      sink.problem(IngestProblem.warning(rel, "text truncated at " + maxChars + " characters"));
    }
    String body = Footnotes.join(handler.toString().lines().map(String::strip).toList());
    Footnotes.Split split = Footnotes.split(body);
    sink.document(new SourceDocument(rel, rel, first(metadata, List.of(TikaCoreProperties.TITLE.getName())),
        split.body(), split.notes(), date(metadata), authors(metadata), List.of(), "", "", ""));
  }

  private static IOException unreadable(String rel, Exception e) {
    if (e instanceof EncryptedDocumentException) {
      return new IOException("encrypted (password-protected) file: " + rel, e);
    }
    return new IOException("corrupt or unreadable ." + FileNames.extension(rel) + " file " + rel
        + ": " + Ingestor.shortReason(e), e);
  }

  private static String first(Metadata metadata, List<String> keys) {
    return keys.stream()
        .map(metadata::get)
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .findFirst().orElse("");
  }

  private static LocalDate date(Metadata metadata) {
    return DATE_KEYS.stream()
        .map(metadata::get)
        .filter(Objects::nonNull)
        .map(DateParser::parse)
        .flatMap(Optional::stream)
        .findFirst().orElse(null);
  }

  private static List<String> authors(Metadata metadata) {
    for (String key : AUTHOR_KEYS) {
      List<String> names = Arrays.stream(metadata.getValues(key))
          // Metadata names are often "Last, First"; only semicolons separate people there.
          .flatMap(value -> Arrays.stream(value.split("[;；]")))
          .map(PersonNames::normalise)
          .filter(name -> !name.isEmpty())
          .distinct()
          .toList();
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** Attachments and objects inside a document are passed over, never parsed. */
  private static final org.apache.tika.extractor.EmbeddedDocumentExtractor NO_EMBEDDED =
      new org.apache.tika.extractor.EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
          return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
            boolean outputHtml) {
          // never called: shouldParseEmbedded is false
        }
      };

  /** {@link TextDecoder}'s detection, for pages that do not declare their charset. */
  private static final class DecoderDetector implements EncodingDetector {
    private static final int PROBE_BYTES = 64 * 1024;

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
      if (input == null) {
        return null;
      }
      input.mark(PROBE_BYTES);
      try {
        byte[] probe = input.readNBytes(PROBE_BYTES);
        return probe.length == 0 ? null : TextDecoder.detect(probe);
      } finally {
        input.reset();
      }
    }
  }
}
