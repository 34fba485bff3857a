package dk.samspil.web.live.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open pages' event streams, by channel (a district, or the national picture). Changes are gathered for a moment
 * and sent as one {@code changed} event per channel, so that a burst of events (a demo load, a replay) costs each page
 * one refresh, not hundreds. A comment every 15 seconds keeps quiet streams open through the gateway.
 */
@Component
public class LiveChannels implements DisposableBean {

    public static final String NATIONAL = "landet";
    static final Duration GATHERING = Duration.ofMillis(150);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Pages reconnect by themselves (EventSource); a stream ends now and then so that a dead one is noticed. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(LiveChannels.class);

    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-channels");
        thread.setDaemon(true);
        return thread;
    });

    LiveChannels() {
        sender.scheduleWithFixedDelay(this::sendChanges, GATHERING.toMillis(), GATHERING.toMillis(),
                TimeUnit.MILLISECONDS);
        sender.scheduleWithFixedDelay(this::sendHeartbeats, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public static String district(String code) {
        return "kreds-" + code;
    }

    /** Every channel that is open now, for changes that concern all pages. */
    public static Set<String> everyChannel() {
        return Set.of("*");
    }

    public void changed(Collection<String> channels) {
        changed.addAll(channels);
    }

    SseEmitter open(String channel) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Set<SseEmitter> channelStreams = streams.computeIfAbsent(channel, name -> new CopyOnWriteArraySet<>());
        channelStreams.add(emitter);
        Runnable close = () -> channelStreams.remove(emitter);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(failure -> close.run());
        send(emitter, SseEmitter.event().comment("forbundet"));
        return emitter;
    }

    int openStreams(String channel) {
        return streams.getOrDefault(channel, Set.of()).size();
    }

    private void sendChanges() {
        if (changed.isEmpty()) {
            return;
        }
        Set<String> channels = Set.copyOf(changed);
        changed.removeAll(channels);
        Collection<String> targets = channels.contains("*") ? streams.keySet() : channels;
        for (String channel : targets) {
            streams.getOrDefault(channel, Set.of())
                    .forEach(emitter -> send(emitter, SseEmitter.event().name("changed").data(channel)));
        }
    }

    private void sendHeartbeats() {
        streams.values().forEach(channel -> channel.forEach(emitter -> send(emitter, SseEmitter.event().comment(""))));
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            // The page was closed; the completion callback removes the stream.
            log.debug("A live stream is gone: {}", gone.getMessage());
            emitter.completeWithError(gone);
        }
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
        streams.values().forEach(channel -> channel.forEach(SseEmitter::complete));
    }
}
