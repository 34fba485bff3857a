package dk.samspil.web;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/** A page's event stream as a browser holds it: every event as {@code name:data}, read in the background. */
final class LiveStream implements AutoCloseable {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final InputStream body;

    private LiveStream(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "live-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static LiveStream open(String uri, String bearer) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", bearer)
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return new LiveStream(response.body());
    }

    /**
     * Makes a change and waits until the stream tells of one; the listener starts at the end of the topics, so a
     * change made before it was assigned its partitions is made again.
     */
    static void awaitChange(LiveStream stream, Runnable change) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            change.run();
            return !stream.events.isEmpty() || awaitBriefly(stream);
        });
    }

    private static boolean awaitBriefly(LiveStream stream) {
        try {
            await().atMost(Duration.ofMillis(900)).until(() -> !stream.events.isEmpty());
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException notYet) {
            return false;
        }
    }

    List<String> events() {
        return List.copyOf(events);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:") && name != null) {
                    events.add(name + ":" + line.substring("data:".length()).strip());
                    name = null;
                }
            }
        } catch (Exception closed) {
            // The test closed the stream.
        }
    }

    @Override
    public void close() throws Exception {
        body.close();
    }
}
