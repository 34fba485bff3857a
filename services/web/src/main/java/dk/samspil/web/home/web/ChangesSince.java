package dk.samspil.web.home.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The places (municipalities, districts) whose latest change came after the user's previous visit, newest first;
 * on a first visit, none.
 */
record ChangesSince(String placesName, boolean firstVisit, List<Place> changed, int placesInAll) {

    static ChangesSince of(String placesName, Optional<Instant> previousVisit, List<Place> places) {
        List<Place> changed = previousVisit
                .map(visit -> places.stream()
                        .filter(place -> place.lastChange() != null && place.lastChange().isAfter(visit))
                        .sorted(Comparator.comparing(Place::lastChange).reversed())
                        .toList())
                .orElse(List.of());
        return new ChangesSince(placesName, previousVisit.isEmpty(), changed, places.size());
    }

    record Place(String name, String href, Instant lastChange) {
    }
}
