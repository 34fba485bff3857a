package dk.samspil.localcouncil.council.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.localcouncil.council.command.LocalReportSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The local councils' reports, one document per report ({@code _id} = report id). A report is one event, so writing
 * its whole document again (a replay) changes nothing.
 */
@Component
@ProcessingGroup("local-reports")
public class LocalReportProjection {

    private final MongoCollection<Document> reports;

    public LocalReportProjection(MongoDatabase readModelDatabase) {
        this.reports = readModelDatabase.getCollection("local-reports");
    }

    @EventHandler
    void on(LocalReportSubmittedEvent event, @Timestamp Instant submittedAt) {
        Document report = new Document("_id", event.reportId())
                .append("localCouncilId", event.localCouncilId())
                .append("districtCode", event.districtCode())
                .append("periodStart", event.periodStart().toString())
                .append("periodEnd", event.periodEnd().toString())
                .append("themeTrends", event.themeTrends().stream()
                        .map(trend -> new Document("theme", trend.theme().name())
                                .append("trend", trend.trend().name())
                                .append("comment", trend.comment()))
                        .toList())
                .append("figures", event.figures().stream()
                        .map(figure -> new Document("label", figure.label()).append("value", figure.value()))
                        .toList())
                .append("text", event.text())
                .append("submittedOn", event.submittedOn().toString())
                .append("submittedAt", Date.from(submittedAt));
        reports.replaceOne(Filters.eq("_id", event.reportId()), report, new ReplaceOptions().upsert(true));
    }

    /** Newest submitted first. */
    @QueryHandler
    public List<LocalReportView> handle(FetchLocalReportsQuery query) {
        return reports.find(Filters.eq("localCouncilId", query.localCouncilId()))
                .sort(Sorts.descending("submittedAt"))
                .map(LocalReportProjection::view)
                .into(new ArrayList<>());
    }

    @QueryHandler
    public Long handle(CountLocalReportsQuery query) {
        return reports.countDocuments(Filters.eq("localCouncilId", query.localCouncilId()));
    }

    @QueryHandler
    public Optional<LocalReportView> handle(FetchLocalReportQuery query) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", query.reportId())).first())
                .filter(found -> found.getString("localCouncilId").equals(query.localCouncilId()))
                .map(LocalReportProjection::view);
    }

    @ResetHandler
    void reset() {
        reports.deleteMany(new Document());
    }

    private static LocalReportView view(Document report) {
        return new LocalReportView(report.getString("_id"), report.getString("localCouncilId"),
                LocalDate.parse(report.getString("periodStart")), LocalDate.parse(report.getString("periodEnd")),
                report.getList("themeTrends", Document.class).stream().map(LocalReportProjection::themeTrend).toList(),
                report.getList("figures", Document.class).stream()
                        .map(figure -> new ReportFigure(figure.getString("label"), figure.get("value", Number.class).longValue()))
                        .toList(),
                report.getString("text"), LocalDate.parse(report.getString("submittedOn")),
                report.getDate("submittedAt").toInstant());
    }

    private static LocalReportView.ThemeTrendView themeTrend(Document stored) {
        Theme theme = Theme.valueOf(stored.getString("theme"));
        Trend trend = Trend.valueOf(stored.getString("trend"));
        return new LocalReportView.ThemeTrendView(theme, theme.label(), trend, trend.label(), stored.getString("comment"));
    }
}
