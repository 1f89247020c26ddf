package org.straits.bench;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A lean HTTP/1.1 client for the benchmark, as wrk and ab are: one blocking socket per client
 * thread, kept alive, the request written in one piece and the response read on the calling thread
 * (status line, headers, a {@code Content-Length} or chunked body). The JDK's {@code HttpClient}
 * hands every exchange between the caller, its selector thread and its executor; on 2 cores those
 * hand-offs cost the client more CPU than the server spends on a small request, and were timed as
 * part of the "HTTP floor". This client adds no thread of its own.
 *
 * <p>Errors stay errors: a timeout (no byte for the timeout, or the whole response slower than it),
 * a reset, or a malformed response is an {@link IOException} naming the target, and its connection
 * is dropped. Only a kept-alive connection the server closed before sending a byte of the answer
 * (its idle timeout) is retried, once, on a new connection, as browsers do for a GET.
 */
public final class KeepAliveClient implements Closeable {
  /** A complete response: its status and body. */
  public record Response(int status, byte[] body) {}

  private static final int MAX_LINE = 16 * 1024;
  private static final int BUFFER = 64 * 1024;

  private final URI base;
  private final String host;
  private final int timeoutMillis;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  /** A client of the server at {@code base} ({@code http://host:port}); {@code timeout} bounds each exchange. */
  public KeepAliveClient(URI base, Duration timeout) {
    if (!"http".equalsIgnoreCase(base.getScheme()) || base.getHost() == null) {
      throw new IllegalArgumentException("a plain http://host:port address is needed, not " + base);
    }
    this.base = base;
    int port = base.getPort() < 0 ? 80 : base.getPort();
    this.host = base.getHost() + ":" + port;
    this.timeoutMillis = Math.toIntExact(timeout.toMillis());
  }

  /** GETs {@code target} (a path with its query string, URL-encoded); any status is returned. */
  public Response get(String target) throws IOException {
    if (closed) {
      throw new IOException("the client of " + base + " is closed");
    }
    byte[] request = request(target);
    Connection reused = idle.pollFirst();
    if (reused != null) {
      try {
        return exchange(reused, request, target);
      } catch (StaleConnection e) {
        // The server closed the idle connection before this request: a new one, once.
      }
    }
    Connection fresh = open(target);
    try {
      return exchange(fresh, request, target);
    } catch (StaleConnection e) {
      throw new IOException(base.resolve(target) + ": the server closed the connection without answering", e);
    }
  }

  private byte[] request(String target) {
    if (!target.startsWith("/") || !StandardCharsets.US_ASCII.newEncoder().canEncode(target)
        || target.indexOf(' ') >= 0 || target.indexOf('\r') >= 0 || target.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("not a URL-encoded path: " + target);
    }
    return ("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: straits-bench\r\nAccept: */*\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private Connection open(String target) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(timeoutMillis);
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort()), timeoutMillis);
      return new Connection(socket);
    } catch (IOException e) {
      socket.close();
      throw new IOException(base.resolve(target) + ": cannot connect: " + e.getMessage(), e);
    }
  }

  /** Thrown when a connection ended before the first byte of its response: the request was not answered. */
  private static final class StaleConnection extends IOException {
    StaleConnection(Throwable cause) {
      super(cause);
    }
  }

  private Response exchange(Connection connection, byte[] request, String target) throws IOException {
    boolean keep = false;
    try {
      connection.deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
      try {
        connection.out.write(request);
        connection.out.flush();
        connection.fill();
      } catch (SocketException e) {
        throw new StaleConnection(e);
      }
      if (connection.limit < 0) {
        throw new StaleConnection(null);
      }
      ResponseReader reader = new ResponseReader(connection, base.resolve(target));
      Response response = reader.read();
      keep = reader.reusable() && !closed;
      return response;
    } catch (StaleConnection e) {
      throw e;
    } catch (java.net.SocketTimeoutException e) {
      throw new IOException(base.resolve(target) + ": no answer within " + timeoutMillis + " ms", e);
    } catch (IOException e) {
      throw e.getMessage() != null && e.getMessage().startsWith(base.toString()) ? e
          : new IOException(base.resolve(target) + ": " + e, e);
    } finally {
      if (keep) {
        idle.offerFirst(connection);
      } else {
        connection.socket.close();
      }
    }
  }

  /** One response off a connection's buffered input. */
  private static final class ResponseReader {
    private final Connection in;
    private final URI uri;
    private long length = -1;
    private boolean chunked;
    private boolean close;

    ResponseReader(Connection in, URI uri) {
      this.in = in;
      this.uri = uri;
    }

    Response read() throws IOException {
      int status;
      do {
        status = statusLine(in.line());
        headers();
      } while (status >= 100 && status < 200); // interim responses carry no body
      byte[] body = status == 204 || status == 304 ? new byte[0]
          : chunked ? chunkedBody() : length >= 0 ? fixedBody() : untilClosed();
      return new Response(status, body);
    }

    /** Whether the connection can carry the next request. */
    boolean reusable() {
      return !close && (chunked || length >= 0);
    }

    private int statusLine(String line) throws IOException {
      // HTTP/1.1 200 OK
      if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
        throw new IOException(uri + ": not an HTTP/1.x status line: " + shorten(line));
      }
      if (line.startsWith("HTTP/1.0")) {
        close = true; // unless it says keep-alive
      }
      try {
        return Integer.parseInt(line.substring(9, 12));
      } catch (NumberFormatException e) {
        throw new IOException(uri + ": bad status in " + shorten(line), e);
      }
    }

    private void headers() throws IOException {
      for (String line = in.line(); !line.isEmpty(); line = in.line()) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new IOException(uri + ": bad header line " + shorten(line));
        }
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        switch (name) {
          case "content-length" -> length = contentLength(value);
          case "transfer-encoding" -> chunked = value.endsWith("chunked");
          case "connection" -> close = value.contains("close") || (close && !value.contains("keep-alive"));
          default -> { }
        }
      }
    }

    private long contentLength(String value) throws IOException {
      try {
        long parsed = Long.parseLong(value);
        if (parsed < 0 || parsed > Integer.MAX_VALUE - 8) {
          throw new NumberFormatException();
        }
        return parsed;
      } catch (NumberFormatException e) {
        throw new IOException(uri + ": bad Content-Length " + shorten(value), e);
      }
    }

    private byte[] fixedBody() throws IOException {
      byte[] body = new byte[(int) length];
      in.readFully(body, 0, body.length, uri);
      return body;
    }

    private byte[] chunkedBody() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream(BUFFER);
      for (int size = chunkSize(in.line()); size > 0; size = chunkSize(in.line())) {
        byte[] chunk = new byte[size];
        in.readFully(chunk, 0, size, uri);
        body.write(chunk);
        if (!in.line().isEmpty()) {
          throw new IOException(uri + ": a chunk of " + size + " bytes is not followed by CRLF");
        }
      }
      while (!in.line().isEmpty()) {
        // trailers: read and ignored
      }
      return body.toByteArray();
    }

    private int chunkSize(String line) throws IOException {
      int end = line.indexOf(';');
      String hex = (end < 0 ? line : line.substring(0, end)).trim();
      try {
        int size = Integer.parseInt(hex, 16);
        if (size < 0) {
          throw new NumberFormatException();
        }
        return size;
      } catch (NumberFormatException e) {
        throw new IOException(uri + ": bad chunk size " + shorten(line), e);
      }
    }

    private byte[] untilClosed() throws IOException {
      close = true;
      ByteArrayOutputStream body = new ByteArrayOutputStream(BUFFER);
      byte[] part = new byte[BUFFER];
      for (int n = in.read(part); n > 0; n = in.read(part)) {
        body.write(part, 0, n);
      }
      return body.toByteArray();
    }

    private static String shorten(String text) {
      return '"' + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + '"';
    }
  }

  /** A socket with its own read buffer (lines and bodies are read from it without copying twice). */
  private static final class Connection {
    final Socket socket;
    final OutputStream out;
    final InputStream input;
    final byte[] buffer = new byte[BUFFER];
    int position;
    int limit;
    long deadline;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
      this.input = socket.getInputStream();
    }

    /** Reads more into the empty buffer; {@code limit} is -1 at the end of the stream. */
    void fill() throws IOException {
      if (System.nanoTime() - deadline > 0) {
        throw new java.net.SocketTimeoutException("the response took longer than the timeout");
      }
      position = 0;
      limit = input.read(buffer, 0, buffer.length);
    }

    /** A line without its CRLF (a bare LF is accepted too), in ISO-8859-1. */
    String line() throws IOException {
      StringBuilder line = new StringBuilder(64);
      while (true) {
        if (position >= limit) {
          fill();
          if (limit < 0) {
            throw new java.io.EOFException("the connection ended inside the response's headers");
          }
        }
        byte b = buffer[position++];
        if (b == '\n') {
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          return line.toString();
        }
        if (line.length() >= MAX_LINE) {
          throw new IOException("a header line longer than " + MAX_LINE + " bytes");
        }
        line.append((char) (b & 0xff));
      }
    }

    void readFully(byte[] into, int offset, int length, URI uri) throws IOException {
      int done = 0;
      while (done < length) {
        if (position >= limit) {
          fill();
          if (limit < 0) {
            throw new java.io.EOFException(uri + ": the body ended after " + done + " of " + length + " bytes");
          }
        }
        int n = Math.min(length - done, limit - position);
        System.arraycopy(buffer, position, into, offset + done, n);
        position += n;
        done += n;
      }
    }

    /** Up to {@code into.length} bytes, or -1 at the end of the stream. */
    int read(byte[] into) throws IOException {
      if (position >= limit) {
        fill();
        if (limit < 0) {
          return -1;
        }
      }
      int n = Math.min(into.length, limit - position);
      System.arraycopy(buffer, position, into, 0, n);
      position += n;
      return n;
    }
  }

  /** Closes the idle connections; a connection in use is closed when its exchange ends. */
  @Override
  public void close() throws IOException {
    closed = true;
    for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
      connection.socket.close();
    }
  }
}
