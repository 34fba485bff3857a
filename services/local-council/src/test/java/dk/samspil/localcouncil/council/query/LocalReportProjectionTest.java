package dk.samspil.localcouncil.council.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.localcouncil.council.command.LocalReportSubmittedEvent;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LocalReportProjectionTest {

    private MongoClient client;
    private LocalReportProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new LocalReportProjection(client.getDatabase("local-reports-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void shows_a_report_with_trends_labels_and_figures() {
        projection.on(report("r-1", "LR-0336"), Instant.parse("2026-10-05T08:00:00Z"));

        LocalReportView report = projection.handle(new FetchLocalReportQuery("LR-0336", "r-1")).orElseThrow();
        assertThat(report.periodStart()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(report.periodEnd()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(report.themeTrends()).containsExactly(
                new LocalReportView.ThemeTrendView(Theme.VANDALISM, "hærværk", Trend.DOWN, "faldende", "Færre ruder knust"),
                new LocalReportView.ThemeTrendView(Theme.ALCOHOL, "alkohol", Trend.UP, "stigende", null));
        assertThat(report.figures()).containsExactly(new ReportFigure("anmeldelser om hærværk", 12));
        assertThat(report.text()).isEqualTo("Roligt kvartal");
        assertThat(report.submittedOn()).isEqualTo(LocalDate.parse("2026-10-05"));
    }

    @Test
    void lists_a_council_s_reports_newest_first_and_nobody_else_s() {
        projection.on(report("r-1", "LR-0336"), Instant.parse("2026-07-05T08:00:00Z"));
        projection.on(report("r-2", "LR-0336"), Instant.parse("2026-10-05T08:00:00Z"));
        projection.on(report("r-3", "LR-0259"), Instant.parse("2026-10-06T08:00:00Z"));

        assertThat(projection.handle(new FetchLocalReportsQuery("LR-0336")))
                .extracting(LocalReportView::reportId).containsExactly("r-2", "r-1");
        assertThat(projection.handle(new CountLocalReportsQuery("LR-0336"))).isEqualTo(2);
        assertThat(projection.handle(new FetchLocalReportQuery("LR-0336", "r-3"))).isEmpty();
    }

    @Test
    void a_redelivered_report_is_listed_once() {
        projection.on(report("r-1", "LR-0336"), Instant.parse("2026-10-05T08:00:00Z"));
        projection.on(report("r-1", "LR-0336"), Instant.parse("2026-10-05T08:00:00Z"));

        assertThat(projection.handle(new FetchLocalReportsQuery("LR-0336"))).hasSize(1);
    }

    private static LocalReportSubmittedEvent report(String reportId, String localCouncilId) {
        return new LocalReportSubmittedEvent(localCouncilId, "1467", reportId, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-30"), List.of(new ThemeTrend(Theme.VANDALISM, Trend.DOWN, "Færre ruder knust"),
                new ThemeTrend(Theme.ALCOHOL, Trend.UP, null)), List.of(new ReportFigure("anmeldelser om hærværk", 12)),
                "Roligt kvartal", LocalDate.parse("2026-10-05"));
    }
}
