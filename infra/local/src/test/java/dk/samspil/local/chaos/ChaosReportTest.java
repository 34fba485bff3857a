package dk.samspil.local.chaos;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dk.samspil.local.chaos.ReadModelSnapshotTest.registered;
import static dk.samspil.local.chaos.ReadModelSnapshotTest.submitted;
import static org.assertj.core.api.Assertions.assertThat;

class ChaosReportTest {

    private static final List<FaultInjector.Recovery> RECOVERED = List.of(new FaultInjector.Recovery(
            Fault.MUNICIPALITY, 100, 30, 4711, Duration.ofSeconds(20), Duration.ofSeconds(21)));

    @Test
    void everyAcknowledgedCommandStoredPublishedAndCountedPasses() {
        ChaosReport report = report(List.of(acknowledged(0, CommandKind.REGISTER_INITIATIVE, "a"),
                        acknowledged(1, CommandKind.SUBMIT_INITIATIVE, "a")),
                List.of(registered("a"), submitted("a")), published("a-0", 1), published("a-1", 1));

        assertThat(report.lost()).isZero();
        assertThat(report.doubleCounted()).isZero();
        assertThat(report.passed()).isTrue();
        assertThat(printed(report)).contains("RESULTAT: OK", "municipality", "20,0 s /    21,0 s", "30 kommandoer imens");
    }

    @Test
    void anAcknowledgedStepMissingFromTheEventStoreIsLostAndAChangeWhoseAnswerWasLostIsNot() {
        ChaosReport report = report(List.of(acknowledged(0, CommandKind.REGISTER_INITIATIVE, "a"),
                        acknowledged(1, CommandKind.SUBMIT_INITIATIVE, "a"),
                        new SentCommand(2, CommandKind.REGISTER_INITIATIVE, "0336", null, Outcome.TIMED_OUT, 0)),
                List.of(registered("a"), registered("b")), published("a-0", 1), published("b-0", 1));

        assertThat(report.missingFromEventStore()).extracting(SentCommand::number).containsExactly(1);
        assertThat(report.appliedUnacknowledged()).isEqualTo(1);
        assertThat(report.lost()).isEqualTo(1);
        assertThat(report.passed()).isFalse();
        assertThat(printed(report)).contains("RESULTAT: FEJL: 1 tabt", "#1 indsend indsats i 0336: a (på Kafka: nej)");
    }

    @Test
    void anEventNeverPublishedIsLostAndOnePublishedTwiceIsAllowed() {
        ChaosReport report = report(List.of(acknowledged(0, CommandKind.REGISTER_INITIATIVE, "a"),
                        acknowledged(1, CommandKind.REGISTER_INITIATIVE, "b")),
                List.of(registered("a"), registered("b")), published("a-0", 2));

        assertThat(report.publishedAgain()).isEqualTo(1);
        assertThat(report.unpublished()).extracting(StoredEvent::eventId).containsExactly("b-0");
        assertThat(report.lost()).isEqualTo(1);
        assertThat(report.doubleCounted()).isZero();
    }

    @Test
    void anAcknowledgedEventOnKafkaThatTheEventStoreLostFailsTheRunAsBothLostAndAPhantom() {
        ChaosReport report = report(List.of(acknowledged(0, CommandKind.REGISTER_INITIATIVE, "a")),
                List.of(), published("a-0", 1));

        assertThat(report.missingFromEventStore()).hasSize(1);
        assertThat(report.phantoms()).extracting(PublishedEvent::aggregateId).containsExactly("a");
        assertThat(report.passed()).isFalse();
        assertThat(printed(report)).contains("(på Kafka: ja)", "1 på Kafka, men ikke i event store");
    }

    @Test
    void aPartThatNeverCameBackFailsTheRun() {
        ChaosReport report = ChaosReport.of(List.of(), List.of(new FaultInjector.Recovery(Fault.POSTGRES, 10, 5, 42, null, null)),
                new Verification.Result(new Verification.State(List.of(), Map.of(), List.of()), true, Duration.ZERO));

        assertThat(report.passed()).isFalse();
        assertThat(printed(report)).contains("aldrig /    aldrig", "1 kom ikke op igen");
    }

    @SafeVarargs
    private static ChaosReport report(List<SentCommand> commands, List<StoredEvent> events,
                                      Map.Entry<String, PublishedEvent>... published) {
        return ChaosReport.of(commands, RECOVERED, new Verification.Result(
                new Verification.State(events, Map.ofEntries(published), List.of()), true, Duration.ofSeconds(3)));
    }

    /** Event {@code <aggregate>-<sequence>} on Kafka {@code copies} times. */
    private static Map.Entry<String, PublishedEvent> published(String id, int copies) {
        String[] aggregateAndSequence = id.split("-");
        return Map.entry(id, new PublishedEvent(id, "dk.samspil.municipality.initiative-registered.v1",
                aggregateAndSequence[0], Long.parseLong(aggregateAndSequence[1]), copies));
    }

    private static SentCommand acknowledged(int number, CommandKind kind, String aggregate) {
        return new SentCommand(number, kind, "0336", aggregate, Outcome.ACKNOWLEDGED, 200);
    }

    private static String printed(ChaosReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
