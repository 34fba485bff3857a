package dk.samspil.districtcouncil.council.command;

import dk.samspil.contracts.reference.Theme;

/** A strategic priority: the theme and the goal the council sets for it. */
public record DistrictPriority(Theme theme, String goal) {
}
