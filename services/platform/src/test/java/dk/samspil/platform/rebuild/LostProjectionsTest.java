package dk.samspil.platform.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.samspil.platform.testing.TestMongoServer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The marks live in the Mongo-wire server; the processors are stand-ins, Axon's reset itself is Axon's business. */
class LostProjectionsTest {

    private final StreamingEventProcessor initiativeList = mock(StreamingEventProcessor.class);
    private final StreamingEventProcessor publisher = mock(StreamingEventProcessor.class);
    private final StreamingEventProcessor membership = mock(StreamingEventProcessor.class);
    private MongoClient client;
    private MongoDatabase database;
    private LostProjections lostProjections;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("lost-projections"));
        database = client.getDatabase("lost-projections-" + UUID.randomUUID().toString().substring(0, 8));
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("initiative-list", initiativeList,
                "kafka-publisher", publisher, "action-plan-membership", membership));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("processing", processing);
        AxonProjections projections = new AxonProjections(beans.getBeanProvider(EventProcessingConfiguration.class),
                Set.of("kafka-publisher", "action-plan-membership"));
        lostProjections = new LostProjections(projections, database, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    @AfterEach
    void disconnect() {
        database.drop();
        client.close();
    }

    @Test
    void a_projection_without_a_mark_is_reset_before_its_processor_starts() {
        lostProjections.rebuildLost();

        verify(initiativeList).resetTokens();
        verify(initiativeList, never()).start();
        assertThat(marks()).containsExactly("initiative-list");
    }

    @Test
    void a_projection_that_left_its_mark_goes_on_from_its_token() {
        lostProjections.rebuildLost();
        clearInvocations(initiativeList);

        lostProjections.rebuildLost();

        verify(initiativeList, never()).resetTokens();
    }

    @Test
    void the_publisher_and_process_managers_are_never_replayed() {
        lostProjections.rebuildLost();

        verify(publisher, never()).resetTokens();
        verify(membership, never()).resetTokens();
    }

    private List<String> marks() {
        return database.getCollection(LostProjections.COLLECTION).find().map(document -> document.getString("_id"))
                .into(new ArrayList<>());
    }
}
