package dk.samspil.contracts.localcouncil;

import dk.samspil.contracts.reference.Theme;

/** One theme of a local report: which way it went over the period, with an optional comment. */
public record ThemeTrend(Theme theme, Trend trend, String comment) {
}
