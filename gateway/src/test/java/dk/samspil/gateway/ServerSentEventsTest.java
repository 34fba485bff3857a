package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ServerSentEventsTest extends RunningDownstreams {

    private static final String FEED = "/api/municipalities/0253/concern-feed/stream";

    @Test
    void aStreamReachesTheClientEventByEvent() {
        CountDownLatch firstEventArrived = new CountDownLatch(1);
        MUNICIPALITY.answerWith(twoEventsTheSecondOnceTheFirstArrived(firstEventArrived));

        List<String> events = client.get().uri(gatewayUri(FEED))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_LENGTH)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .returnResult(String.class)
                .getResponseBody()
                .doOnNext(event -> firstEventArrived.countDown())
                .timeout(Duration.ofSeconds(10))
                .collectList()
                .block(Duration.ofSeconds(20));

        assertThat(events).containsExactly("første", "anden");
    }

    @Test
    void theWebsLiveStreamReachesASignedInBrowserEventByEvent() {
        Browser browser = new Browser(anonymous, IDENTITY);
        browser.signIn("stevns-consultant");
        CountDownLatch firstEventArrived = new CountDownLatch(1);
        WEB.answerWith(twoEventsTheSecondOnceTheFirstArrived(firstEventArrived));

        List<String> events = anonymous.get().uri("/live/bekymringer")
                .cookie(Browser.SESSION_COOKIE, browser.cookie(Browser.SESSION_COOKIE))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_LENGTH)
                .returnResult(String.class)
                .getResponseBody()
                .doOnNext(event -> firstEventArrived.countDown())
                .timeout(Duration.ofSeconds(10))
                .collectList()
                .block(Duration.ofSeconds(20));

        assertThat(events).containsExactly("første", "anden");
        assertThat(WEB.received()).singleElement().satisfies(stream ->
                assertThat(stream.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(IDENTITY.lastAccessToken())));
    }

    /**
     * The downstream sends its second event only once the client has the first: a gateway that held the stream back
     * until it ended would never pass the first one on.
     */
    private static RecordingDownstream.Answer twoEventsTheSecondOnceTheFirstArrived(CountDownLatch firstEventArrived) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", MediaType.TEXT_EVENT_STREAM_VALUE);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("data: første\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                awaitAtMost(firstEventArrived, Duration.ofSeconds(30));
                out.write("data: anden\n\n".getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static void awaitAtMost(CountDownLatch latch, Duration timeout) throws IOException {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while holding the stream open");
        }
    }
}
