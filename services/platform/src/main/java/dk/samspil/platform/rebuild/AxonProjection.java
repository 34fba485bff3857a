package dk.samspil.platform.rebuild;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Collection;
import java.util.OptionalLong;

/** A projection fed by an Axon streaming processor from the service's event store; its {@code @ResetHandler} drops it. */
public final class AxonProjection implements RebuildableReadModel {

    private final String name;
    private final StreamingEventProcessor processor;

    public AxonProjection(String name, StreamingEventProcessor processor) {
        this.name = name;
        this.processor = processor;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void rebuild() {
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** Before Axon starts the processor: it then starts from the reset tokens. */
    void resetBeforeStart() {
        processor.resetTokens();
    }

    @Override
    public ReadModelStatusResponse status() {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        long position = segments.stream().map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).min().orElse(0);
        long target = replaying ? segments.stream().map(EventTrackerStatus::getResetPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max().orElse(position) : position;
        // Axon calls a processor replaying until it handles an event after the reset; having read up to it is enough.
        return new ReadModelStatusResponse(name, "event-store", replaying && position < target, position,
                Math.max(position, target));
    }
}
