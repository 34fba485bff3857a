package dk.samspil.web.page;

import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.security.Caller;
import org.springframework.stereotype.Component;

/** The organisation a user acts for, as the header names it: "Stevns Kommune", "Kredsrådet for Fyns Politi". */
@Component
public class OrganisationNames {

    private final ReferenceData reference = ReferenceData.instance();
    private final LocalCouncils localCouncils;

    OrganisationNames(LocalCouncils localCouncils) {
        this.localCouncils = localCouncils;
    }

    public String of(Caller caller) {
        String code = caller.organisationCode();
        return switch (caller.organisationType()) {
            case MUNICIPALITY -> reference.findMunicipality(code).map(Municipality::name)
                    .map(name -> name + " Kommune").orElse(code);
            case DISTRICT_COUNCIL -> reference.findDistrict(code).map(PoliceDistrict::name)
                    .map(name -> "Kredsrådet for " + name).orElse(code);
            case LOCAL_COUNCIL -> localCouncils.find(code).map(LocalCouncil::name).orElse(code);
            case NATIONAL_ASSOCIATION -> "SSP-Samrådet";
            case NONE -> caller.roles().isEmpty() ? "" : roleName(caller);
        };
    }

    private static String roleName(Caller caller) {
        return switch (caller.roles().iterator().next()) {
            case ANALYST -> "Analytiker";
            case AUDITOR -> "Revisor";
            case OPERATOR -> "Drift";
            default -> "";
        };
    }
}
