package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.platform.axon.StoredEventJson;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The walking skeleton's registrations (revision 1, saved as a sample) stay readable and usable as revision 2. */
class InitiativeRegisteredEventUpcasterTest {

    private static final String SAMPLE = "/upcasting/initiative-registered-event.rev1.json";
    private static final String INITIATIVE_ID = "5f0c2a7e-3b1d-4c8e-9a6f-2d7b8e1c4a90";
    private static final String EVENT_TYPE = InitiativeRegisteredEvent.class.getName();

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(new StoredEventJson())
            .build();

    @Test
    void a_skeleton_registration_is_read_as_a_submitted_application_with_empty_lists() throws IOException {
        IntermediateEventRepresentation upcast = upcast(storedEvent("1", sample()));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(EVENT_TYPE, "2"));
        InitiativeRegisteredEvent event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(new InitiativeRegisteredEvent(INITIATIVE_ID, "0336", "Trygt natteliv",
                PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), List.of("natteliv"), InitiativeStatus.SUBMITTED, null, null,
                List.of(), List.of(), List.of(), null, null, null, null, null, null,
                List.of(), null, List.of(), List.of()));
    }

    @Test
    void a_skeleton_registration_rebuilds_an_initiative_the_leader_group_can_approve() throws IOException {
        InitiativeRegisteredEvent event = serializer.deserialize(upcast(storedEvent("1", sample())).getData());
        AggregateTestFixture<Initiative> fixture = new AggregateTestFixture<>(Initiative.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"),
                ZoneId.of("Europe/Copenhagen")));
        fixture.registerInjectableResource(Applications.SEALER);

        fixture.given(event)
                .when(new ApproveInitiativeCommand(INITIATIVE_ID, "0336", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InitiativeApprovedEvent(INITIATIVE_ID, "0336", null));
    }

    @Test
    void a_revision_2_registration_is_left_as_it_is() throws IOException {
        byte[] revision2 = serializer.serialize(
                serializer.deserialize(upcast(storedEvent("1", sample())).getData()), byte[].class).getData();

        IntermediateEventRepresentation untouched = upcast(storedEvent("2", revision2));

        assertThat(untouched.getType()).isEqualTo(new SimpleSerializedType(EVENT_TYPE, "2"));
        assertThat(untouched.getData(byte[].class).getData()).isEqualTo(revision2);
    }

    private IntermediateEventRepresentation upcast(GenericDomainEventEntry<byte[]> entry) {
        return new InitiativeRegisteredEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .findFirst().orElseThrow();
    }

    private GenericDomainEventEntry<byte[]> storedEvent(String revision, byte[] payload) {
        SerializedObject<byte[]> metaData = serializer.serialize(MetaData.emptyInstance(), byte[].class);
        return new GenericDomainEventEntry<>("Initiative", INITIATIVE_ID, 0, "event-1",
                Instant.parse("2026-03-02T09:00:00Z"), EVENT_TYPE, revision, payload, metaData.getData());
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = InitiativeRegisteredEventUpcasterTest.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        }
    }
}
