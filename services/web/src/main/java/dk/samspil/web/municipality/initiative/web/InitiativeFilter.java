package dk.samspil.web.municipality.initiative.web;

import dk.samspil.web.municipality.initiative.query.Initiative;
import org.springframework.web.util.UriComponentsBuilder;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import static dk.samspil.web.page.DanishFormats.DANISH;

/**
 * The list's filters, as the GET form sends them ({@code status}, {@code niveau}, {@code raekkevidde}, {@code tema},
 * {@code aar}; empty means all): the service lists every initiative of the municipality and takes no filter, so the
 * web filters. {@code aar} keeps the initiatives whose period touches the year. A value that is no option matches
 * nothing; a year that is no number is left out.
 */
public record InitiativeFilter(String status, String level, String scope, String theme, Integer year) {

    public static final InitiativeFilter NONE = new InitiativeFilter(null, null, null, null, null);

    public static InitiativeFilter of(String status, String level, String scope, String theme, String year) {
        return new InitiativeFilter(blankless(status), blankless(level), blankless(scope), blankless(theme),
                year == null || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip()));
    }

    public boolean any() {
        return status != null || level != null || scope != null || theme != null || year != null;
    }

    public boolean matches(Initiative initiative) {
        Initiative.Application application = initiative.application();
        return (status == null || status.equals(initiative.status()))
                && (level == null || level.equals(application.preventionLevel()))
                && (scope == null || scope.equals(application.scope()))
                && (theme == null || application.themes().stream().anyMatch(theme::equalsIgnoreCase))
                && (year == null || runsIn(application, year));
    }

    public List<Initiative> apply(List<Initiative> initiatives) {
        return initiatives.stream().filter(this::matches).toList();
    }

    /** The list's address with these filters and another page, or as CSV ({@code format=csv}, no page). */
    public String href(String path, Integer page, String format) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        parameters.put("niveau", level);
        parameters.put("raekkevidde", scope);
        parameters.put("tema", theme);
        parameters.put("aar", year);
        parameters.put("side", page == null || page <= 1 ? null : page);
        parameters.put("format", format);
        parameters.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUriString();
    }

    /** The themes of the municipality's initiatives, in Danish alphabetical order. */
    public static List<String> themes(Collection<Initiative> initiatives) {
        Collator danish = Collator.getInstance(DANISH);
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        initiatives.forEach(initiative -> initiative.application().themes().stream().filter(Objects::nonNull)
                .map(String::strip).filter(theme -> !theme.isEmpty())
                .forEach(theme -> byLowerCase.putIfAbsent(theme.toLowerCase(DANISH), theme)));
        List<String> themes = new ArrayList<>(byLowerCase.values());
        themes.sort(danish);
        return themes;
    }

    /** The years the initiatives' periods span, newest first; this year when there are none. */
    public static List<Integer> years(Collection<Initiative> initiatives, LocalDate today) {
        int first = initiatives.stream().map(initiative -> initiative.application().startDate()).filter(Objects::nonNull)
                .mapToInt(LocalDate::getYear).min().orElse(today.getYear());
        int last = initiatives.stream().map(initiative -> initiative.application().endDate()).filter(Objects::nonNull)
                .mapToInt(LocalDate::getYear).max().orElse(today.getYear());
        return IntStream.rangeClosed(Math.min(first, last), Math.max(first, last)).boxed()
                .sorted((a, b) -> b - a).toList();
    }

    private static boolean runsIn(Initiative.Application application, int year) {
        LocalDate start = application.startDate();
        LocalDate end = application.endDate() != null ? application.endDate() : start;
        return start != null && start.getYear() <= year && end.getYear() >= year;
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
