package dk.samspil.web.municipality.initiative.web;

import dk.samspil.web.municipality.initiative.query.Initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The list as a CSV file for Danish Excel: semicolons between the fields (the comma is the Danish decimal sign), a
 * header row with Danish column names, CRLF line ends, UTF-8 with a byte order mark (without it, Excel reads æ, ø
 * and å as Windows-1252). Amounts are whole kroner without thousands separators and dates ISO 8601, which Excel
 * reads as numbers and dates. A field with a semicolon, a quote or a line break is quoted; a field that starts like a
 * formula (=, +, -, @) gets an apostrophe in front, so Excel shows it instead of running it.
 */
final class InitiativeCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final List<String> HEADER = List.of("Navn", "Status", "Forebyggelsesniveau", "Rækkevidde", "Temaer",
            "Startdato", "Slutdato", "Budget (kr.)", "Næste statusrapport", "Statusrapport for sent", "Id");
    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";

    private InitiativeCsv() {
    }

    static String of(List<Initiative> initiatives, InitiativeLabels labels) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(line(HEADER.stream()));
        for (Initiative initiative : initiatives) {
            Initiative.Application application = initiative.application();
            csv.append(line(Stream.of(initiative.name(),
                    initiative.statusLabel() != null ? initiative.statusLabel() : labels.status(initiative.status()),
                    labels.level(application.preventionLevel()), labels.scope(application.scope()),
                    String.join(", ", application.themes()), date(application.startDate()),
                    date(application.endDate()), Long.toString(initiative.budget()),
                    date(initiative.statusReportDue()), initiative.overdue() ? "ja" : "nej", initiative.id())));
        }
        return csv.toString();
    }

    private static String line(Stream<String> fields) {
        return fields.map(InitiativeCsv::field).collect(Collectors.joining(SEPARATOR)) + LINE_END;
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
