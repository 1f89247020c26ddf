package org.straits.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens on a port and passes every connection's bytes to a Solr node: Solr "coming up" on that address. */
final class TcpForwarder implements AutoCloseable {
  private final ServerSocket server;
  private final URI target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  private TcpForwarder(ServerSocket server, URI target) {
    this.server = server;
    this.target = target;
  }

  static TcpForwarder start(int port, URI target) throws IOException {
    TcpForwarder forwarder = new TcpForwarder(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()), target);
    Thread.ofPlatform().daemon().name("tcp-forwarder-" + port).start(forwarder::accept);
    return forwarder;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket node = new Socket(target.getHost(), target.getPort());
        open.add(client);
        open.add(node);
        pipe(client, node);
        pipe(node, client);
      } catch (IOException e) {
        // Closed, or the node refused: the client sees its connection end.
      }
    }
  }

  private static void pipe(Socket from, Socket to) {
    Thread.ofPlatform().daemon().start(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException e) {
        // One side closed: the other follows.
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    });
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already gone.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    open.forEach(TcpForwarder::closeQuietly);
  }
}
