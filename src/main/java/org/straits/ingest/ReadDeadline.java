package org.straits.ingest;

import java.time.Duration;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.apache.tika.sax.ContentHandlerDecorator;

/**
 * A per-file time limit for parsers that report text as SAX events (Tika's): every event checks
 * the clock, and past the deadline the parse is stopped by an exception at the parser's next
 * output. Parsers such as PDFBox ignore thread interruption, so a watchdog thread could not stop
 * them; they do emit text page by page, so this stops a 10,000-page PDF within one page.
 */
final class ReadDeadline extends ContentHandlerDecorator {
  /** Thrown through the parser when the time is up; recognised by {@link #isExpired}. */
  static final class Expired extends SAXException {
    Expired(String message) {
      super(message);
    }
  }

  private final long deadlineNanos;
  private final Duration limit;

  ReadDeadline(ContentHandler handler, Duration limit) {
    super(handler);
    this.limit = limit;
    this.deadlineNanos = System.nanoTime() + limit.toNanos();
  }

  /** True when {@code e}, or what caused it, is this deadline passing. */
  static boolean isExpired(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Expired) {
        return true;
      }
    }
    return false;
  }

  private void check() throws SAXException {
    if (System.nanoTime() > deadlineNanos) {
      throw new Expired("reading took longer than " + limit.toSeconds() + " s");
    }
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
    check();
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    check();
    super.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    check();
    super.ignorableWhitespace(ch, start, length);
  }
}
