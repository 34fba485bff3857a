package dk.samspil.nationalassociation.annualreport.web;

import dk.samspil.nationalassociation.annualreport.query.AnnualReport;
import dk.samspil.nationalassociation.annualreport.query.AnnualReportProjection;
import dk.samspil.nationalassociation.annualreport.query.FetchAnnualReportQuery;
import dk.samspil.platform.activity.timeline.ActivityTimeline;
import dk.samspil.platform.web.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;

/**
 * The annual report draft of a year between the first event's year and this year: JSON by default, Markdown for
 * {@code Accept: text/markdown} or {@code ?format=markdown}.
 */
@RestController
class AnnualReportController {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";

    private final AnnualReportProjection reports;
    private final ActivityTimeline timeline;
    private final Clock clock;

    AnnualReportController(AnnualReportProjection reports, ActivityTimeline timeline, Clock clock) {
        this.reports = reports;
        this.timeline = timeline;
        this.clock = clock;
    }

    @GetMapping(path = "/api/national/annual-report/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    AnnualReport report(@PathVariable String year) {
        return reports.handle(new FetchAnnualReportQuery(validYear(year)));
    }

    @GetMapping(path = "/api/national/annual-report/{year}", produces = MARKDOWN)
    String markdown(@PathVariable String year) {
        return AnnualReportMarkdown.render(report(year));
    }

    @GetMapping(path = "/api/national/annual-report/{year}", params = "format=markdown", produces = MARKDOWN)
    String markdownByParameter(@PathVariable String year) {
        return markdown(year);
    }

    private int validYear(String raw) {
        int year;
        try {
            year = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("year", "Året skal være et årstal som 2026, ikke '" + raw + "'").with("value", raw);
        }
        int thisYear = Year.now(clock).getValue();
        Instant first = timeline.firstEventAt().orElseThrow(() -> ApiProblem.unprocessable("year",
                "Der er ingen hændelser endnu, så der er ingen årsberetning at danne").with("value", year));
        int firstYear = first.atZone(clock.getZone()).getYear();
        if (year < firstYear || year > thisYear) {
            throw ApiProblem.unprocessable("year", "Året skal ligge mellem " + firstYear + " (den første hændelse) og "
                    + thisYear).with("value", year).with("validFrom", firstYear).with("validTo", thisYear);
        }
        return year;
    }
}
