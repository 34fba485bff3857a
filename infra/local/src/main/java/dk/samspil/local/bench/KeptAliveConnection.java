package dk.samspil.local.bench;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 connection on a plain socket, kept alive for as long as the server keeps it: requests are written as
 * given, one at a time or several in one write (pipelined), and the answers read in order. Unlike
 * {@code java.net.http.HttpClient} it has no pool, no retry and no protocol upgrade, so which connection carried a
 * request, and whether it was answered on it, is exactly what the caller sees.
 */
final class KeptAliveConnection implements Closeable {

    /** An answer's status, and whether the server keeps the connection open after it. */
    record Answer(int status, boolean keptAlive) {
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private long deadline;

    private KeptAliveConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    static KeptAliveConnection open(String host, int port, Duration connectTimeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            return new KeptAliveConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Writes the requests in one write: the server receives them back to back, before answering the first. */
    void write(List<byte[]> requests) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        requests.forEach(all::writeBytes);
        out.write(all.toByteArray());
        out.flush();
    }

    /**
     * Reads the next answer whole (headers and body).
     *
     * @throws SocketTimeoutException when it is not all there within {@code timeout}
     * @throws EOFException           when the server closes the connection before it is all there
     */
    Answer read(Duration timeout) throws IOException {
        deadline = System.nanoTime() + timeout.toNanos();
        String statusLine = line();
        int status = parseStatus(statusLine);
        long contentLength = -1;
        boolean chunked = false;
        boolean keptAlive = statusLine.startsWith("HTTP/1.1");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> keptAlive = keptAlive ? !value.contains("close") : value.contains("keep-alive");
                default -> {
                    // not needed to find the end of the answer
                }
            }
        }
        if (status / 100 == 1) {
            return read(timeout);
        }
        if (status == 204 || status == 304) {
            return new Answer(status, keptAlive);
        }
        if (chunked) {
            skipChunks();
        } else if (contentLength >= 0) {
            skip(contentLength);
        } else {
            skipToEnd();
            keptAlive = false;
        }
        return new Answer(status, keptAlive);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static int parseStatus(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("Not an HTTP status line: " + statusLine);
        }
        return Integer.parseInt(parts[1]);
    }

    private void skipChunks() throws IOException {
        for (long size = chunkSize(line()); size > 0; size = chunkSize(line())) {
            skip(size);
            line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers are not needed
        }
    }

    private static long chunkSize(String line) {
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
    }

    /** A line up to CRLF, without it. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            int b = next();
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
    }

    private int next() throws IOException {
        if (position == limit && !fill()) {
            throw new EOFException("The server closed the connection before the answer was complete");
        }
        return buffer[position++] & 0xff;
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            if (position == limit && !fill()) {
                throw new EOFException("The server closed the connection " + left + " bytes before the body's end");
            }
            int skipped = (int) Math.min(left, limit - position);
            position += skipped;
            left -= skipped;
        }
    }

    private void skipToEnd() throws IOException {
        position = limit;
        while (fill()) {
            position = limit;
        }
    }

    /** Reads what has arrived, waiting at most until the answer's deadline; false at the end of the stream. */
    private boolean fill() throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("No complete answer in time");
        }
        socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
        int read = in.read(buffer);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
