package dk.samspil.local.chaos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short form of {@code ./samspil chaos} on the real embedded stack, started as {@code ./samspil up} in a child
 * process: 150 commands through the gateway while a service, the launcher (with its Kafka broker and MongoDB server)
 * and PostgreSQL are killed with SIGKILL in turn. Every acknowledged command is in the event store once, on Kafka, and
 * counted exactly once in every read model.
 */
class ChaosSuiteIT {

    @TempDir
    Path dataFolder;

    @Test
    void noAcknowledgedCommandIsLostOrCountedTwiceWhileAServiceTheLauncherAndPostgresAreKilled() throws Exception {
        Path repositoryRoot = Path.of(System.getProperty("samspil.root", "../..")).toAbsolutePath().normalize();

        ChaosReport report = ChaosSuite.run(repositoryRoot, dataFolder, ChaosOptions.shortForm(), System.out);

        assertThat(report.recoveries()).extracting(FaultInjector.Recovery::fault)
                .containsExactly(Fault.DISTRICT_COUNCIL, Fault.LAUNCHER, Fault.POSTGRES);
        assertThat(report.recoveries()).allMatch(FaultInjector.Recovery::recovered, "every part came back");
        assertThat(report.acknowledged()).isPositive();
        assertThat(report.verification().consistent()).as("everything agreed with the event store in time").isTrue();
        assertThat(report.lost()).as("acknowledged commands lost").isZero();
        assertThat(report.doubleCounted()).as("counted twice").isZero();
        assertThat(report.wrongStatus()).as("initiatives in the wrong status").isZero();
    }
}
