package dk.samspil.platform.personaldata;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Erasure of a staff member's personal data (crypto-shredding): destroys the person's key, after which every value
 * sealed with it reads "[slettet]". The organisation's DPO or SSP secretariat erases its own staff's data; the
 * national secretariat may erase for any organisation (it keeps the forums' contacts).
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
        if (!mayErase(organisation)) {
            throw ApiProblem.forbidden("Du kan kun slette personoplysninger i din egen organisation").with("field", "organisationCode");
        }
        UUID subject = vault.findSubject(organisation, request.identifier())
                .orElseThrow(() -> ApiProblem.notFound("Der findes ingen personoplysninger med denne identifikation i organisation "
                        + organisation).with("field", "identifier"));
        return new Erasure(subject, vault.erase(subject));
    }

    private static boolean mayErase(String organisation) {
        return Caller.current().map(caller -> caller.roles().contains(Role.NATIONAL_SECRETARIAT)
                || organisation.equalsIgnoreCase(caller.organisationCode())
                || caller.isMunicipality(organisation)).orElse(false);
    }

    /** {@code identifier}: what the person is known by in the organisation, e.g. a coordinator's e-mail. */
    public record ErasureRequest(@NotBlank(message = "Organisationskoden skal udfyldes") String organisationCode,
                                 @NotBlank(message = "Identifikationen (fx e-mail) skal udfyldes") String identifier) {
    }

    /** {@code erased} is false when the person's data had been erased before. */
    public record Erasure(UUID subjectId, boolean erased) {
    }
}
