package dk.samspil.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends bytes exactly as written, for requests no well-behaved HTTP client would send
 * (un-normalised dot segments, line breaks inside a header, bodies that stop short of what the head announced).
 */
final class RawHttp {

    record Response(int status, String head, String body) {

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim())
                    .findFirst()
                    .orElse(null);
        }
    }

    private RawHttp() {
    }

    /** {@code requestHead} is the request line and headers, each ending in CRLF, without the empty line. */
    static Response send(int port, String requestHead) throws IOException {
        return sendAndReadUntilClosed(port, requestHead + "Connection: close\r\n", new byte[0]);
    }

    /**
     * Sends the head and then {@code body}, which need not be all the head announces, and reads the answer until the
     * server closes the connection; a server that keeps it open fails the read after 10 s.
     */
    static Response sendAndReadUntilClosed(int port, String requestHead, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int endOfHead = raw.indexOf("\r\n\r\n");
            String head = endOfHead < 0 ? raw : raw.substring(0, endOfHead);
            String responseBody = endOfHead < 0 ? "" : raw.substring(endOfHead + 4);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new Response(status, head, responseBody);
        }
    }
}
