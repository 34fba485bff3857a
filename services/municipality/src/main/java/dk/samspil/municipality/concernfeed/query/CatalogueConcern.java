package dk.samspil.municipality.concernfeed.query;

import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEvent;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.ConcernUpdated;
import dk.samspil.contracts.reference.Theme;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A concern as the feed knows it from the contract events: what matching needs and what an entry shows.
 * {@code listedIn} are the municipalities whose feed lists it; {@code eventType} is the contract type of its last step.
 */
public record CatalogueConcern(String concernId, String raisedBy, String title, List<Theme> themes,
                               ConcernSeverity severity, ConcernStatus status, List<String> municipalityCodes,
                               List<String> districtCodes, ConcernStep lastStep, String eventType,
                               Instant lastActivityAt, long sequence, Set<String> listedIn) {

    static CatalogueConcern raised(ConcernRaised raised, String eventType, Instant at, long sequence) {
        return new CatalogueConcern(raised.concernId(), raised.municipalityCode(), raised.title(), raised.themes(),
                raised.severity(), raised.status(), raised.municipalityCodes(), raised.districtCodes(),
                ConcernStep.RAISED, eventType, at, sequence, Set.of());
    }

    /** This concern after a later step. */
    CatalogueConcern after(ConcernEvent event, String eventType, Instant at, long sequence) {
        ConcernSeverity newSeverity = event instanceof ConcernUpdated updated && updated.severity() != null
                ? updated.severity() : severity;
        List<String> newMunicipalities = event instanceof ConcernConfirmed confirmed
                ? confirmed.municipalityCodes() : municipalityCodes;
        List<String> newDistricts = event instanceof ConcernConfirmed confirmed
                ? confirmed.districtCodes() : districtCodes;
        return new CatalogueConcern(concernId, raisedBy, title, themes, newSeverity, event.status(), newMunicipalities,
                newDistricts, ConcernStep.of(event), eventType, at, sequence, listedIn);
    }
}
