package dk.samspil.local.demo;

import dk.samspil.contracts.reference.Municipality;

import java.util.Locale;

/** What the demo data did for one municipality, as one progress line. */
record MunicipalityFilled(Municipality municipality, boolean skipped, long poolAmount, int initiatives, String actionPlan) {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    static MunicipalityFilled skipped(Municipality municipality) {
        return new MunicipalityFilled(municipality, true, 0, 0, "");
    }

    @Override
    public String toString() {
        String name = municipality.code() + " " + municipality.name();
        if (skipped) {
            return name + ": har allerede demodata, springes over";
        }
        return String.format(DANISH, "%s: pulje %,d kr., %d indsatser, handleplan %s", name, poolAmount, initiatives,
                actionPlan);
    }
}
