package dk.samspil.platform.cpr;

import dk.samspil.platform.domain.RuleViolation;

/**
 * A command's free text holds what reads as a CPR number: refused as 422 naming the field, never echoing the number,
 * because no child or young person may be identifiable in Samspil.
 */
public class CprNumberInText extends RuleViolation {

    public CprNumberInText(String field) {
        super(field, "Feltet ser ud til at indeholde et CPR-nummer. Ingen person må kunne identificeres i Samspil: "
                + "skriv teksten uden CPR-nummer");
    }
}
