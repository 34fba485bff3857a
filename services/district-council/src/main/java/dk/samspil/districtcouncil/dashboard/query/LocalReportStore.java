package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.localcouncil.LocalReportSubmitted;
import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.reference.Theme;
import org.bson.Document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The latest report of each local council: one document per council ({@code _id} = local council id) holding the
 * report of its newest {@code LocalReportSubmitted}. Dates are ISO strings.
 */
final class LocalReportStore {

    static final String COLLECTION = "dashboard_local_reports";

    private static final String SEQUENCE = "sequence";
    private static final String REPORT = "latestReport";

    private final MongoCollection<Document> reports;

    LocalReportStore(MongoDatabase database) {
        this.reports = database.getCollection(COLLECTION);
    }

    boolean apply(EventEnvelope<?> envelope, LocalReportSubmitted submitted) {
        Document report = new Document("reportId", submitted.reportId())
                .append("periodStart", submitted.periodStart().toString())
                .append("periodEnd", submitted.periodEnd().toString())
                .append("themeTrends", submitted.themeTrends().stream()
                        .map(trend -> new Document("theme", trend.theme().name()).append("trend", trend.trend().name())
                                .append("comment", trend.comment()))
                        .toList())
                .append("figures", submitted.figures().stream()
                        .map(figure -> new Document("label", figure.label()).append("value", figure.value()))
                        .toList())
                .append("text", submitted.text());
        return SequenceGuard.setIfNewer(reports, submitted.localCouncilId(), SEQUENCE, envelope.aggregateSequence(),
                new Document(REPORT, report));
    }

    /** The latest report of each of the councils that has submitted one. */
    Map<String, LocalReport> latestOf(Collection<String> localCouncilIds) {
        Map<String, LocalReport> latest = new HashMap<>();
        reports.find(Filters.in("_id", localCouncilIds))
                .forEach(document -> latest.put(document.getString("_id"), read(document.get(REPORT, Document.class))));
        return latest;
    }

    void drop() {
        reports.drop();
    }

    boolean isEmpty() {
        return reports.find().limit(1).first() == null;
    }

    private static LocalReport read(Document report) {
        return new LocalReport(report.getString("reportId"), LocalDate.parse(report.getString("periodStart")),
                LocalDate.parse(report.getString("periodEnd")),
                report.getList("themeTrends", Document.class).stream()
                        .map(trend -> ThemeTrendItem.of(Theme.valueOf(trend.getString("theme")),
                                Trend.valueOf(trend.getString("trend")), trend.getString("comment")))
                        .toList(),
                report.getList("figures", Document.class).stream()
                        .map(figure -> new ReportFigure(figure.getString("label"), ((Number) figure.get("value")).longValue()))
                        .toList(),
                report.getString("text"));
    }
}
