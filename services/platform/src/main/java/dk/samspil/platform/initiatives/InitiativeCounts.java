package dk.samspil.platform.initiatives;

import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import org.bson.Document;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many initiatives a group (a municipality, a police district, the country) has: in all, by status and by
 * prevention level. Every status and level is present, in declaration order, zero where nothing was counted.
 *
 * <p>Also the one place that knows how these counters are laid out in a tally document, for writing
 * ({@link #counterPaths}) and reading ({@link #read}).
 */
public record InitiativeCounts(long initiatives, Map<InitiativeStatus, Long> byStatus,
                               Map<PreventionLevel, Long> byPreventionLevel) {

    private static final String INITIATIVES = "initiatives";
    private static final String BY_STATUS = "byStatus";
    private static final String BY_PREVENTION_LEVEL = "byPreventionLevel";

    public InitiativeCounts {
        byStatus = complete(InitiativeStatus.class, byStatus);
        byPreventionLevel = complete(PreventionLevel.class, byPreventionLevel);
    }

    public static InitiativeCounts none() {
        return new InitiativeCounts(0, Map.of(), Map.of());
    }

    public static InitiativeCounts sum(Collection<InitiativeCounts> counts) {
        return counts.stream().reduce(none(), InitiativeCounts::plus);
    }

    public InitiativeCounts plus(InitiativeCounts other) {
        return new InitiativeCounts(initiatives + other.initiatives,
                added(byStatus, other.byStatus, InitiativeStatus.class),
                added(byPreventionLevel, other.byPreventionLevel, PreventionLevel.class));
    }

    /**
     * The counters one initiative adds one to when its counts live under {@code path} ("" for the document root).
     *
     * @param preventionLevel null when not known, so that the initiative counts in the total and its status only
     */
    static Set<String> counterPaths(String path, InitiativeStatus status, PreventionLevel preventionLevel) {
        String prefix = path.isEmpty() ? "" : path + ".";
        Set<String> counters = new HashSet<>();
        counters.add(prefix + INITIATIVES);
        counters.add(prefix + BY_STATUS + "." + status.name());
        if (preventionLevel != null) {
            counters.add(prefix + BY_PREVENTION_LEVEL + "." + preventionLevel.name());
        }
        return counters;
    }

    /** Reads the counts kept under {@code path} ("" for the root) of a tally document; zeros for what is missing. */
    static InitiativeCounts read(Document tally, String path) {
        Document node = path.isEmpty() ? tally : tally.getEmbedded(Arrays.asList(path.split("\\.")), Document.class);
        if (node == null) {
            return none();
        }
        return new InitiativeCounts(count(node, INITIATIVES),
                counts(node.get(BY_STATUS, Document.class), InitiativeStatus.class),
                counts(node.get(BY_PREVENTION_LEVEL, Document.class), PreventionLevel.class));
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Document node, Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        if (node != null) {
            List.of(type.getEnumConstants()).forEach(constant -> counts.put(constant, count(node, constant.name())));
        }
        return counts;
    }

    private static long count(Document node, String key) {
        Object value = node.get(key);
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> complete = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            complete.put(constant, counts.getOrDefault(constant, 0L));
        }
        return Collections.unmodifiableMap(complete);
    }

    private static <E extends Enum<E>> Map<E, Long> added(Map<E, Long> left, Map<E, Long> right, Class<E> type) {
        Map<E, Long> sum = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            sum.put(constant, left.get(constant) + right.get(constant));
        }
        return sum;
    }
}
