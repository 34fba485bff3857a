package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.platform.web.ApiProblem;
import org.springframework.stereotype.Component;

/** The local council a path names, or 404. */
@Component
class KnownLocalCouncils {

    private final LocalCouncils localCouncils;

    KnownLocalCouncils(LocalCouncils localCouncils) {
        this.localCouncils = localCouncils;
    }

    LocalCouncil byId(String localCouncilId) {
        return localCouncils.find(localCouncilId)
                .orElseThrow(() -> ApiProblem.notFound("Ukendt lokalråd: " + localCouncilId)
                        .with("field", "localCouncilId"));
    }
}
