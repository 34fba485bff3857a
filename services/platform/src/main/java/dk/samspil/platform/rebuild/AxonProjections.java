package dk.samspil.platform.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The service's Axon streaming processors that feed read models: all but the Kafka publisher and the process managers
 * that send commands (listed in {@code samspil.axon.not-read-models}), whose replay would send them again.
 */
public final class AxonProjections {

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final Set<String> notReadModels;

    public AxonProjections(ObjectProvider<EventProcessingConfiguration> processing, Set<String> notReadModels) {
        this.processing = processing;
        this.notReadModels = notReadModels;
    }

    public List<AxonProjection> all() {
        List<AxonProjection> projections = new ArrayList<>();
        processing.getObject().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && !notReadModels.contains(name)) {
                projections.add(new AxonProjection(name, streaming));
            }
        });
        return projections;
    }
}
