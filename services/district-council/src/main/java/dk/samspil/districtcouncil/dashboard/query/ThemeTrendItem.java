package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.reference.Theme;

/** Which way one theme went in a local report, with the Danish labels. */
public record ThemeTrendItem(Theme theme, String themeLabel, Trend trend, String trendLabel, String comment) {

    static ThemeTrendItem of(Theme theme, Trend trend, String comment) {
        return new ThemeTrendItem(theme, theme.label(), trend, trend.label(), comment);
    }
}
