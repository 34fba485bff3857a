package dk.samspil.districtcouncil.dashboard.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.districtcouncil.dashboard.query.DistrictDashboardProjection;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.RecordPosition;
import dk.samspil.platform.kafka.RebuildFromStart;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Feeds the dashboards from the municipalities' initiative, funding-pool and action-plan events. Event types newer
 * than this contract are skipped; unreadable records, and events naming no known municipality, go to the group's
 * dead-letter topic of their source topic. An empty read model (new, or dropped to be rebuilt) reads the topics from
 * the start.
 */
@Component
class MunicipalityEventsListener implements ConsumerSeekAware {

    static final String CONSUMER_GROUP = "district-council";

    private final IntegrationEventCodec codec;
    private final DistrictDashboardProjection dashboards;
    private final RebuildFromStart rebuild;

    MunicipalityEventsListener(IntegrationEventCodec codec, DistrictDashboardProjection dashboards) {
        this.codec = codec;
        this.dashboards = dashboards;
        this.rebuild = new RebuildFromStart(dashboards::isEmpty);
    }

    @KafkaListener(topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS}, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).ifPresent(event -> dashboards.on(event, RecordPosition.of(record)));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        rebuild.onPartitionsAssigned(assignments, callback);
    }
}
