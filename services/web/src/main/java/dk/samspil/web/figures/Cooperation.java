package dk.samspil.web.figures;

import java.util.Map;

/** Concerns, gatherings held and pilot municipalities of national projects, for a district or the country. */
public record Cooperation(Concerns concerns, Gatherings gatherings, Pilots pilots) {

    public record Concerns(long raised, long escalated, long escalatedToDistrict, long open) {
    }

    public record Gatherings(Map<String, Long> held, long heldInAll, long participants) {
    }

    public record Pilots(long invited, long joined, long municipalities) {
    }
}
