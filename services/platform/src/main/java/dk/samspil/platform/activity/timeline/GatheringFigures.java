package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.national.GatheringKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Courses, theme days, webinars and annual meetings held, every kind present, and their participants.
 *
 * @param participants participants from the group's municipalities, wherever the gathering was held
 */
public record GatheringFigures(Map<GatheringKind, Long> held, long heldInAll, long participants) {

    public GatheringFigures {
        Map<GatheringKind, Long> complete = new EnumMap<>(GatheringKind.class);
        for (GatheringKind kind : GatheringKind.values()) {
            complete.put(kind, held.getOrDefault(kind, 0L));
        }
        held = Collections.unmodifiableMap(complete);
    }

    static GatheringFigures of(Map<GatheringKind, Long> held, long participants) {
        return new GatheringFigures(held, held.values().stream().mapToLong(Long::longValue).sum(), participants);
    }

    GatheringFigures plus(GatheringFigures other) {
        Map<GatheringKind, Long> sum = new EnumMap<>(held);
        other.held.forEach((kind, count) -> sum.merge(kind, count, Long::sum));
        return of(sum, participants + other.participants);
    }

    public GatheringFigures minus(GatheringFigures earlier) {
        Map<GatheringKind, Long> difference = new EnumMap<>(held);
        earlier.held.forEach((kind, count) -> difference.merge(kind, -count, Long::sum));
        return of(difference, participants - earlier.participants);
    }
}
