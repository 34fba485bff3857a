package dk.samspil.platform.activity;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;

import java.text.Collator;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many initiatives a group (a municipality, a police district, the country) has: in all, by status, by prevention
 * level, by scope and by theme. Every status, level and scope is present, in declaration order, zero where nothing was
 * counted; themes are the ones seen, lower-case, in Danish alphabetical order. An initiative counts once under each of
 * its themes, and under no level or scope while they are not known.
 */
public record InitiativeCounts(long initiatives, Map<InitiativeStatus, Long> byStatus,
                               Map<PreventionLevel, Long> byPreventionLevel, Map<InitiativeScope, Long> byScope,
                               Map<String, Long> byTheme) {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    public InitiativeCounts {
        byStatus = complete(InitiativeStatus.class, byStatus);
        byPreventionLevel = complete(PreventionLevel.class, byPreventionLevel);
        byScope = complete(InitiativeScope.class, byScope);
        SortedMap<String, Long> themes = themeMap();
        byTheme.forEach((theme, count) -> themes.merge(normalisedTheme(theme), count, Long::sum));
        byTheme = Collections.unmodifiableSortedMap(themes);
    }

    public static InitiativeCounts none() {
        return new InitiativeCounts(0, Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Adds up in plain maps and sorts the themes once: a country's totals add up 98 municipalities. */
    public static InitiativeCounts sum(Collection<InitiativeCounts> counts) {
        long initiatives = 0;
        Map<InitiativeStatus, Long> byStatus = new EnumMap<>(InitiativeStatus.class);
        Map<PreventionLevel, Long> byPreventionLevel = new EnumMap<>(PreventionLevel.class);
        Map<InitiativeScope, Long> byScope = new EnumMap<>(InitiativeScope.class);
        Map<String, Long> byTheme = new HashMap<>();
        for (InitiativeCounts count : counts) {
            initiatives += count.initiatives;
            count.byStatus.forEach((status, amount) -> byStatus.merge(status, amount, Long::sum));
            count.byPreventionLevel.forEach((level, amount) -> byPreventionLevel.merge(level, amount, Long::sum));
            count.byScope.forEach((scope, amount) -> byScope.merge(scope, amount, Long::sum));
            count.byTheme.forEach((theme, amount) -> byTheme.merge(theme, amount, Long::sum));
        }
        return new InitiativeCounts(initiatives, byStatus, byPreventionLevel, byScope, byTheme);
    }

    private static String normalisedTheme(String theme) {
        return theme == null ? "" : theme.strip().toLowerCase(DANISH);
    }

    private static SortedMap<String, Long> themeMap() {
        return new TreeMap<>(Collator.getInstance(DANISH));
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> complete = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            complete.put(constant, counts.getOrDefault(constant, 0L));
        }
        return Collections.unmodifiableMap(complete);
    }
}
