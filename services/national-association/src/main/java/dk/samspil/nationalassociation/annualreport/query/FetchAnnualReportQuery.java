package dk.samspil.nationalassociation.annualreport.query;

/** The annual report draft of {@code year}, a year the timeline accepted. */
public record FetchAnnualReportQuery(int year) {
}
