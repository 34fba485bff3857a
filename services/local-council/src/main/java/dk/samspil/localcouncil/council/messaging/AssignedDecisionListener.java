package dk.samspil.localcouncil.council.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.districtcouncil.DecisionAssigned;
import dk.samspil.contracts.districtcouncil.DecisionMade;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.localcouncil.council.command.ReceiveDecisionCommand;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Hands each district-council decision to the local councils it is assigned to. Receiving is idempotent, so a
 * redelivered record, or an assignment naming councils that already have the decision, changes nothing; every
 * assignment is therefore sent to all councils the decision is assigned to now, which also heals a missed one.
 * Other district-council events are not this service's business; unreadable records go to the group's dead-letter
 * topic.
 */
@Component
class AssignedDecisionListener {

    static final String CONSUMER_GROUP = "local-council";

    private static final Logger log = LoggerFactory.getLogger(AssignedDecisionListener.class);

    private final IntegrationEventCodec codec;
    private final CommandGateway commandGateway;
    private final LocalCouncils localCouncils;

    AssignedDecisionListener(IntegrationEventCodec codec, CommandGateway commandGateway, LocalCouncils localCouncils) {
        this.codec = codec;
        this.commandGateway = commandGateway;
        this.localCouncils = localCouncils;
    }

    @KafkaListener(topics = Topics.DISTRICT_COUNCILS, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).map(EventEnvelope::payload).ifPresent(event -> {
            if (event instanceof DecisionMade made) {
                receive(made.districtCode(), made.decisionId(), made.title(), made.description(), made.themes(),
                        made.dueDate(), made.localCouncilIds());
            } else if (event instanceof DecisionAssigned assigned) {
                receive(assigned.districtCode(), assigned.decisionId(), assigned.title(), assigned.description(),
                        List.of(), assigned.dueDate(), assigned.assignedLocalCouncilIds());
            }
        });
    }

    private void receive(String districtCode, String decisionId, String title, String description, List<Theme> themes,
                         LocalDate dueDate, List<String> localCouncilIds) {
        for (String localCouncilId : localCouncilIds) {
            if (isOurs(localCouncilId, districtCode, decisionId)) {
                commandGateway.sendAndWait(new ReceiveDecisionCommand(localCouncilId, districtCode, decisionId, title,
                        description, themes, dueDate));
            }
        }
    }

    /**
     * The district council only assigns its own local councils; a council unknown here, or of another district, means
     * the two services read different local council tables: nothing this service can act on, so it is logged, not retried.
     */
    private boolean isOurs(String localCouncilId, String districtCode, String decisionId) {
        LocalCouncil council = localCouncils.find(localCouncilId).orElse(null);
        if (council == null || !council.districtCode().equals(districtCode)) {
            log.warn("Decision {} of district {} is assigned to local council {}, which is not one of that district's "
                    + "in this service's local council table; skipped", decisionId, districtCode, localCouncilId);
            return false;
        }
        return true;
    }
}
