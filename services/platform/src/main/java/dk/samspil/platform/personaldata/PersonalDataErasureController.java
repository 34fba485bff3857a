package dk.samspil.platform.personaldata;

import dk.samspil.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Erasure of a staff member's personal data (crypto-shredding): destroys the person's key, after which every value
 * sealed with it reads "[slettet]". Open to every caller for now; once issue 6's authorisation lands, only the DPO and
 * the secretariat role may call it, and each call goes to the audit log.
 */
@RestController
public class PersonalDataErasureController {

    private final PersonalDataVault vault;

    public PersonalDataErasureController(PersonalDataVault vault) {
        this.vault = vault;
    }

    @PostMapping("/api/personal-data/erasure")
    public Erasure erase(@Valid @RequestBody ErasureRequest request) {
        String organisation = request.organisationCode().strip();
        UUID subject = vault.findSubject(organisation, request.identifier())
                .orElseThrow(() -> ApiProblem.notFound("Der findes ingen personoplysninger med denne identifikation i organisation "
                        + organisation).with("field", "identifier"));
        return new Erasure(subject, vault.erase(subject));
    }

    /** {@code identifier}: what the person is known by in the organisation, e.g. a coordinator's e-mail. */
    public record ErasureRequest(@NotBlank(message = "Organisationskoden skal udfyldes") String organisationCode,
                                 @NotBlank(message = "Identifikationen (fx e-mail) skal udfyldes") String identifier) {
    }

    /** {@code erased} is false when the person's data had been erased before. */
    public record Erasure(UUID subjectId, boolean erased) {
    }
}
