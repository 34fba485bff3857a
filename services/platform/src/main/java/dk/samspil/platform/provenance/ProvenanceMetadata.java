package dk.samspil.platform.provenance;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Puts who sends a command, and the request it belongs to, into the command's metadata; Axon copies it onto every
 * event the command causes (see the correlation data providers in {@code AxonPlatformAutoConfiguration}), so the
 * history names who made each change. A command sent outside a request (a Kafka consumer's) is the service's own.
 */
public class ProvenanceMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ORGANISATION = "actorOrganisation";
    /** The request's correlation id; not Axon's {@code correlationId}, which names the message that caused a message. */
    public static final String CORRELATION_ID = "requestCorrelationId";

    private final Actor serviceItself;

    public ProvenanceMetadata(String service) {
        this.serviceItself = Actor.system(service);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(metadata());
    }

    private Map<String, Object> metadata() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object actor = request == null ? null : request.getAttribute(RequestProvenanceFilter.ACTOR, RequestAttributes.SCOPE_REQUEST);
        Actor who = actor instanceof Actor known ? known : serviceItself;
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(ACTOR_ID, who.id());
        if (who.organisation() != null) {
            metadata.put(ACTOR_ORGANISATION, who.organisation());
        }
        Object correlationId = request == null ? null
                : request.getAttribute(RequestProvenanceFilter.CORRELATION_ID, RequestAttributes.SCOPE_REQUEST);
        if (correlationId != null) {
            metadata.put(CORRELATION_ID, correlationId);
        }
        return MetaData.from(metadata);
    }
}
