package org.straits.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a byte stream line by line with a cap on a line's length, decoding each line on its own
 * as strict UTF-8. A line over the cap is skipped to its end without being held in memory (a
 * 2 GB single-line file costs one buffer), and a line that is not UTF-8 is one bad line, not a
 * lost file: the caller learns which and goes on with the next.
 */
final class BoundedLines implements AutoCloseable {
  /** One line: its 1-based number and text, or why it has none. */
  record Line(int number, String text, String problem) {}

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final int maxBytes;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private int number;
  private byte[] line = new byte[1024];

  BoundedLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!sawAny) {
          return null;
        }
        break;
      }
      sawAny = true;
      byte b = buffer[position++];
      if (b == '\n') {
        break;
      }
      if (tooLong) {
        continue;
      }
      if (length == maxBytes) {
        tooLong = true;
        continue;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, Math.min(maxBytes, line.length * 2));
      }
      line[length++] = b;
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "longer than " + (maxBytes >> 20) + " MiB; skipped");
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return decode(length);
  }

  private Line decode(int length) {
    int start = number == 1 && startsWithBom(length) ? 3 : 0;
    try {
      return new Line(number, utf8.decode(ByteBuffer.wrap(line, start, length - start)).toString(), null);
    } catch (CharacterCodingException e) {
      return new Line(number, null, "not valid UTF-8");
    }
  }

  private boolean startsWithBom(int length) {
    return length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
  }

  private boolean fill() throws IOException {
    limit = in.read(buffer, 0, BUFFER);
    position = 0;
    if (limit <= 0) {
      limit = 0;
      return false;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
