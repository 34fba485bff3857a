package dk.samspil.municipality.concernfeed.web;

import dk.samspil.municipality.concernfeed.query.FeedEntryChange;
import dk.samspil.municipality.concernfeed.query.FeedEntryListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live feeds: one Server-Sent Events emitter per connected client, by municipality. Every feed entry that appears
 * or changes is sent as event {@code concern}; a comment every {@code samspil.concern-feed.heartbeat} keeps proxies
 * from closing an idle stream and finds clients that left. An emitter is dropped on completion, timeout and error, so
 * a client that disconnects frees it at the latest with the next heartbeat.
 */
@Component
class ConcernFeedStream implements FeedEntryListener, SmartLifecycle {

    static final String EVENT = "concern";

    private final Map<String, Set<SseEmitter>> emitters = new ConcurrentHashMap<>();
    private final Duration heartbeatInterval;
    private final Duration streamTimeout;
    private volatile boolean running;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "concern-feed-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    ConcernFeedStream(@Value("${samspil.concern-feed.heartbeat:15s}") Duration heartbeatInterval,
                      @Value("${samspil.concern-feed.stream-timeout:30m}") Duration streamTimeout) {
        this.heartbeatInterval = heartbeatInterval;
        this.streamTimeout = streamTimeout;
    }

    @Override
    public void start() {
        heartbeat.scheduleAtFixedRate(this::beat, heartbeatInterval.toMillis(), heartbeatInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        running = true;
    }

    SseEmitter open(String municipalityCode) {
        SseEmitter emitter = new SseEmitter(streamTimeout.toMillis());
        Set<SseEmitter> ofMunicipality = emitters.computeIfAbsent(municipalityCode, code -> ConcurrentHashMap.newKeySet());
        ofMunicipality.add(emitter);
        Runnable remove = () -> remove(municipalityCode, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(municipalityCode, emitter, SseEmitter.event().comment("forbundet"));
        return emitter;
    }

    int openStreams(String municipalityCode) {
        return emitters.getOrDefault(municipalityCode, Set.of()).size();
    }

    @Override
    public void entryChanged(FeedEntryChange change) {
        emitters.getOrDefault(change.municipalityCode(), Set.of()).forEach(emitter -> send(change.municipalityCode(),
                emitter, SseEmitter.event().name(EVENT)
                        .id(change.item().concernId() + ":" + change.sequence())
                        .data(change.item(), MediaType.APPLICATION_JSON)));
    }

    private void beat() {
        emitters.forEach((municipalityCode, ofMunicipality) -> ofMunicipality.forEach(emitter ->
                send(municipalityCode, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    private void send(String municipalityCode, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // The client is gone (or the emitter completed): free it now rather than at its timeout.
            remove(municipalityCode, emitter);
            emitter.completeWithError(e);
        }
    }

    private void remove(String municipalityCode, SseEmitter emitter) {
        emitters.computeIfPresent(municipalityCode, (code, ofMunicipality) -> {
            ofMunicipality.remove(emitter);
            return ofMunicipality.isEmpty() ? null : ofMunicipality;
        });
    }

    /**
     * Ends every stream before the web server's graceful shutdown (a later phase stops earlier), which would otherwise
     * wait for clients that never hang up.
     */
    @Override
    public void stop() {
        running = false;
        heartbeat.shutdownNow();
        emitters.values().forEach(ofMunicipality -> ofMunicipality.forEach(SseEmitter::complete));
        emitters.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
