package dk.samspil.platform.activity;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import org.bson.Document;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A municipality's initiative figures as counters in its activity document, under {@code figures}: each initiative
 * adds its {@link #contribution} and an event moves it from the old contribution to the new with one {@code $inc},
 * in the same atomic update that stores the initiative's entry. Reading them never touches the entries.
 *
 * @param statusReportsDue how many active initiatives have their next status report due on each day; what is overdue
 *                         depends on the day the figures are read
 */
public record InitiativeFigures(InitiativeCounts counts, Budget budget, Map<LocalDate, Long> statusReportsDue) {

    static final String FIELD = "figures";
    private static final String INITIATIVES = "initiatives";
    private static final String BY_STATUS = "byStatus";
    private static final String BY_PREVENTION_LEVEL = "byPreventionLevel";
    private static final String BY_SCOPE = "byScope";
    private static final String BY_THEME = "byTheme";
    private static final String BUDGET_PLANNED = "budgetPlanned";
    private static final String BUDGET_ACTUAL = "budgetActual";
    /** The counters of due status reports, one per day something is due. */
    public static final String STATUS_REPORTS_DUE = "statusReportsDue";
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    static InitiativeFigures none() {
        return new InitiativeFigures(InitiativeCounts.none(), new Budget(0, 0), Map.of());
    }

    /** What one initiative adds to the counters (paths below {@code figures}); nothing for no initiative. */
    public static Map<String, Long> contribution(InitiativeEntry entry) {
        Map<String, Long> counters = new HashMap<>();
        if (entry == null) {
            return counters;
        }
        counters.put(INITIATIVES, 1L);
        counters.put(BY_STATUS + "." + entry.status().name(), 1L);
        if (entry.preventionLevel() != null) {
            counters.put(BY_PREVENTION_LEVEL + "." + entry.preventionLevel().name(), 1L);
        }
        if (entry.scope() != null) {
            counters.put(BY_SCOPE + "." + entry.scope().name(), 1L);
        }
        Set<String> themes = new HashSet<>();
        entry.themes().forEach(theme -> themes.add(theme == null ? "" : theme.strip().toLowerCase(DANISH)));
        themes.remove("");
        themes.forEach(theme -> counters.put(BY_THEME + "." + fieldName(theme), 1L));
        if (entry.funded() && entry.status() != InitiativeStatus.WITHDRAWN && entry.budgetTotal() != null) {
            counters.put(BUDGET_PLANNED, entry.budgetTotal());
            if (entry.status() == InitiativeStatus.COMPLETED && entry.actualTotal() != null) {
                counters.put(BUDGET_ACTUAL, entry.actualTotal());
            }
        }
        if (entry.status() == InitiativeStatus.ACTIVE && entry.statusReportDue() != null) {
            counters.put(STATUS_REPORTS_DUE + "." + entry.statusReportDue(), 1L);
        }
        return counters;
    }

    /** The {@code $inc} amounts that move an initiative from one contribution to the other; no zeros. */
    static Map<String, Long> change(InitiativeEntry before, InitiativeEntry after) {
        Map<String, Long> change = new HashMap<>();
        contribution(after).forEach((path, amount) -> change.merge(FIELD + "." + path, amount, Long::sum));
        contribution(before).forEach((path, amount) -> change.merge(FIELD + "." + path, -amount, Long::sum));
        change.values().removeIf(amount -> amount == 0);
        return change;
    }

    /**
     * The figures from counters named like {@link #contribution}'s paths, as a timeline adds them up; counters of
     * anything else are ignored.
     */
    public static InitiativeFigures fromCounters(Map<String, Long> counters) {
        Document figures = new Document();
        counters.forEach((path, amount) -> {
            int dot = path.indexOf('.');
            if (dot < 0) {
                figures.put(path, amount);
            } else {
                Object node = figures.computeIfAbsent(path.substring(0, dot), field -> new Document());
                if (node instanceof Document group) {
                    group.put(path.substring(dot + 1), amount);
                }
            }
        });
        return read(figures);
    }

    static InitiativeFigures read(Document figures) {
        if (figures == null) {
            return none();
        }
        Map<String, Long> byTheme = new HashMap<>();
        counters(figures, BY_THEME).forEach((field, count) -> byTheme.put(themeOf(field), count));
        Map<LocalDate, Long> due = new HashMap<>();
        counters(figures, STATUS_REPORTS_DUE).forEach((day, count) -> due.put(LocalDate.parse(day), count));
        InitiativeCounts counts = new InitiativeCounts(count(figures, INITIATIVES),
                enumCounters(figures, BY_STATUS, InitiativeStatus.class),
                enumCounters(figures, BY_PREVENTION_LEVEL, PreventionLevel.class),
                enumCounters(figures, BY_SCOPE, InitiativeScope.class), byTheme);
        return new InitiativeFigures(counts, new Budget(count(figures, BUDGET_PLANNED), count(figures, BUDGET_ACTUAL)),
                Map.copyOf(due));
    }

    /** Active initiatives whose status report was due before {@code today}. */
    long overdueStatusReports(LocalDate today) {
        return statusReportsDue.entrySet().stream().filter(due -> due.getKey().isBefore(today))
                .mapToLong(Map.Entry::getValue).sum();
    }

    // A field name may hold neither '.' nor a leading '$'; themes are free text, so those two are swapped out and back.
    private static String fieldName(String theme) {
        return theme.replace('.', '\uFF0E').replace('$', '\uFF04');
    }

    private static String themeOf(String fieldName) {
        return fieldName.replace('\uFF0E', '.').replace('\uFF04', '$');
    }

    private static <E extends Enum<E>> Map<E, Long> enumCounters(Document figures, String field, Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        counters(figures, field).forEach((name, count) -> counts.put(Enum.valueOf(type, name), count));
        return counts;
    }

    /** The non-zero counters under {@code field}: $inc leaves zeros behind where something moved away. */
    private static Map<String, Long> counters(Document figures, String field) {
        Map<String, Long> counters = new HashMap<>();
        Document node = figures.get(field, Document.class);
        if (node != null) {
            node.forEach((key, value) -> {
                long count = ((Number) value).longValue();
                if (count != 0) {
                    counters.put(key, count);
                }
            });
        }
        return counters;
    }

    private static long count(Document figures, String field) {
        Object value = figures.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
