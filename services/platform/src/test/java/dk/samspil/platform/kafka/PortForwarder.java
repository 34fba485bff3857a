package dk.samspil.platform.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Forwards every connection to a local port on to another one. A KRaft broker of spring-kafka-test cannot be given a
 * port, so a broker that "comes up at the address the service was given" is a broker behind this forwarder. Clients only
 * bootstrap through it: the broker's metadata then names its own address.
 */
final class PortForwarder implements AutoCloseable {

    private final ServerSocket listener;

    private PortForwarder(ServerSocket listener, int targetPort) {
        this.listener = listener;
        Thread acceptor = new Thread(() -> acceptUntilClosed(targetPort), "port-forwarder-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static PortForwarder from(int port, int targetPort) {
        try {
            return new PortForwarder(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()), targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptUntilClosed(int targetPort) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pipe(client, target);
                pipe(target, client);
            } catch (IOException closedOrRefused) {
                // closed: done; refused: the client sees its connection end and tries again
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException connectionEnded) {
                // either side closed
            }
        }, "port-forwarder-pipe");
        copier.setDaemon(true);
        copier.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
