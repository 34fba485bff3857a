package dk.samspil.web.page;

import dk.samspil.web.api.ApiRefusedException;

import java.util.Optional;
import java.util.function.Function;

/**
 * Asks for figures as of the chosen day; when the service refuses that day (before its first event, say), shows
 * today's figures with the reason beside the date field instead of an error page.
 */
public final class AsOfRefusal {

    private static final String AS_OF_PARAMETER = "asOf";

    private AsOfRefusal() {
    }

    public static <T> Fetched<T> fetch(AsOfDate asOf, DanishFormats danish, Function<AsOfDate, T> fetch) {
        try {
            return new Fetched<>(fetch.apply(asOf), asOf);
        } catch (ApiRefusedException refused) {
            if (asOf.isToday() || !refused.isAboutField(AS_OF_PARAMETER)) {
                throw refused;
            }
            String why = refused.problem().earliestValid()
                    .map(first -> "Samspil har tal fra " + danish.date(first.atZone(DanishFormats.DENMARK).toLocalDate())
                            + ". Vælg en dato fra da og frem til i dag.")
                    .orElse(Optional.ofNullable(refused.problem().detail()).orElse("Datoen kan ikke bruges."));
            AsOfDate rejected = asOf.refused(why);
            return new Fetched<>(fetch.apply(rejected), rejected);
        }
    }

    public record Fetched<T>(T figures, AsOfDate asOf) {
    }
}
