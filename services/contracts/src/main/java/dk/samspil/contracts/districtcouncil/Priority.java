package dk.samspil.contracts.districtcouncil;

import dk.samspil.contracts.reference.Theme;

/** One strategic priority of a district council: a theme and the goal set for it. */
public record Priority(Theme theme, String goal) {
}
