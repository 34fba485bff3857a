package dk.samspil.web.municipality.concern.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Relays the municipality service's stream of a feed, asked through the gateway with the user's own token, to the
 * open page: each {@code concern} event becomes a {@code changed} event that says only which concern moved, and the
 * service's heartbeats pass on as comments (which is also how a closed page is noticed). The upstream stream is read
 * on a thread of its own and closed when the page goes away; when it ends, the page's EventSource reconnects.
 */
@Component
class ConcernFeedRelay implements DisposableBean {

    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final String UPSTREAM_EVENT = "concern";

    private static final Logger log = LoggerFactory.getLogger(ConcernFeedRelay.class);

    private final URI apiUri;
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "concern-feed-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .executor(readers).build();

    ConcernFeedRelay(@Value("${samspil.web.api-uri}") URI apiUri) {
        this.apiUri = apiUri;
    }

    SseEmitter open(String municipalityCode, String accessToken) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUri + "/api/municipalities/" + municipalityCode
                        + "/concern-feed/stream"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "text/event-stream")
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).whenCompleteAsync((response, failure) -> {
            if (failure != null || response.statusCode() != 200) {
                log.debug("The concern feed of {} could not be followed: {}", municipalityCode,
                        failure != null ? failure.getMessage() : response.statusCode());
                emitter.complete();
                return;
            }
            relay(response.body(), emitter);
        }, readers);
        return emitter;
    }

    private static void relay(Stream<String> upstream, SseEmitter emitter) {
        Runnable close = upstream::close;
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(failure -> close.run());
        try (upstream) {
            String[] event = {null};
            upstream.forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:") && UPSTREAM_EVENT.equals(event[0])) {
                    send(emitter, SseEmitter.event().name("changed").data("bekymringsfeed"));
                    event[0] = null;
                } else if (line.startsWith(":")) {
                    send(emitter, SseEmitter.event().comment(""));
                }
            });
            emitter.complete();
        } catch (RuntimeException pageGone) {
            log.debug("A concern feed relay ended: {}", pageGone.getMessage());
            emitter.completeWithError(pageGone);
        }
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException gone) {
            throw new IllegalStateException("The page closed its stream", gone);
        }
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }
}
