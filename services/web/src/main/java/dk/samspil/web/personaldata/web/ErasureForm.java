package dk.samspil.web.personaldata.web;

import dk.samspil.web.page.FormErrors;

import java.util.LinkedHashMap;
import java.util.Map;

/** Whose personal data to erase: the organisation and what the person is known by there (e.g. an e-mail). */
record ErasureForm(String organisationCode, String identifier) {

    ErasureForm stripped() {
        return new ErasureForm(organisationCode.strip(), identifier.strip());
    }

    /** The fields left empty, with the message the service would give. */
    FormErrors missing() {
        Map<String, String> missing = new LinkedHashMap<>();
        if (organisationCode == null || organisationCode.isBlank()) {
            missing.put("organisationCode", "Organisationskoden skal udfyldes");
        }
        if (identifier == null || identifier.isBlank()) {
            missing.put("identifier", "Identifikationen (fx e-mail) skal udfyldes");
        }
        return missing.isEmpty() ? FormErrors.NONE : new FormErrors(missing, null);
    }
}
