package dk.samspil.localcouncil.reference.web;

import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.localcouncil.reference.LocalCouncilDescription;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The local councils of the reference table, with their police district and the municipalities they cover. */
@RestController
class LocalCouncilReferenceController {

    private final LocalCouncils localCouncils;

    LocalCouncilReferenceController(LocalCouncils localCouncils) {
        this.localCouncils = localCouncils;
    }

    @GetMapping("/api/local-councils")
    List<LocalCouncilDescription> list() {
        return localCouncils.all().stream().map(LocalCouncilDescription::of).toList();
    }
}
