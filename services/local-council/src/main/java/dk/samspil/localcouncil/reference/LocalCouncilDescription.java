package dk.samspil.localcouncil.reference;

import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;

import java.util.List;

/** A local council as the reference table describes it, with the names of its police district and municipalities. */
public record LocalCouncilDescription(String id, String name, String districtCode, String districtName,
                                      List<Municipality> municipalities) {

    public static LocalCouncilDescription of(LocalCouncil council) {
        ReferenceData reference = ReferenceData.instance();
        return new LocalCouncilDescription(council.id(), council.name(), council.districtCode(),
                reference.district(council.districtCode()).name(),
                council.municipalityCodes().stream().map(reference::municipality).toList());
    }
}
