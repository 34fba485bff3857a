package dk.samspil.platform.security;

import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary of the services' {@link AccessRules}: which roles, acting for which organisation relative to the
 * organisation in the path. A path variable that names no known organisation grants nothing.
 */
public final class Access {

    private final ReferenceData reference = ReferenceData.instance();
    private final LocalCouncils localCouncils;

    public Access(LocalCouncils localCouncils) {
        this.localCouncils = localCouncils;
    }

    /** One of the roles, whatever organisation the caller acts for. */
    public AccessRule anyOrganisation(Set<Role> roles) {
        return new AccessRule((caller, path) -> caller.hasAny(roles));
    }

    public AccessRule anyOrganisation(Role role, Role... more) {
        return anyOrganisation(EnumSet.of(role, more));
    }

    /** Staff of the municipality in the path. */
    public AccessRule municipality(String kommunekodeVariable, Set<Role> roles) {
        return new AccessRule((caller, path) -> caller.hasAny(roles) && caller.isMunicipality(path.get(kommunekodeVariable)));
    }

    public AccessRule municipality(String kommunekodeVariable, Role role, Role... more) {
        return municipality(kommunekodeVariable, EnumSet.of(role, more));
    }

    /** The district council of the police district the municipality in the path belongs to. */
    public AccessRule districtOfMunicipality(String kommunekodeVariable, Set<Role> roles) {
        return new AccessRule((caller, path) -> caller.hasAny(roles) && municipality(path, kommunekodeVariable)
                .map(municipality -> caller.isDistrictCouncil(municipality.districtCode()))
                .orElse(false));
    }

    /** The district council in the path. */
    public AccessRule district(String politikredskodeVariable, Set<Role> roles) {
        return new AccessRule((caller, path) -> caller.hasAny(roles) && caller.isDistrictCouncil(path.get(politikredskodeVariable)));
    }

    /** Staff of a municipality in the police district in the path. */
    public AccessRule municipalityInDistrict(String politikredskodeVariable, Set<Role> roles) {
        return new AccessRule((caller, path) -> caller.hasAny(roles)
                && caller.organisationType() == OrganisationType.MUNICIPALITY
                && municipality(caller.organisationCode())
                .map(municipality -> municipality.districtCode().equals(path.get(politikredskodeVariable)))
                .orElse(false));
    }

    /** The local council in the path. */
    public AccessRule localCouncil(String localCouncilVariable, Set<Role> roles) {
        return new AccessRule((caller, path) -> caller.hasAny(roles) && caller.isLocalCouncil(path.get(localCouncilVariable)));
    }

    /** Staff of a municipality the local council in the path covers. */
    public AccessRule municipalityOfLocalCouncil(String localCouncilVariable, Set<Role> roles) {
        return new AccessRule((caller, path) -> caller.hasAny(roles) && localCouncil(path, localCouncilVariable)
                .map(council -> council.municipalityCodes().stream().anyMatch(caller::isMunicipality))
                .orElse(false));
    }

    /** The district council of the police district the local council in the path belongs to. */
    public AccessRule districtOfLocalCouncil(String localCouncilVariable, Set<Role> roles) {
        return new AccessRule((caller, path) -> caller.hasAny(roles) && localCouncil(path, localCouncilVariable)
                .map(council -> caller.isDistrictCouncil(council.districtCode()))
                .orElse(false));
    }

    private Optional<Municipality> municipality(Map<String, String> path, String variable) {
        return municipality(path.get(variable));
    }

    private Optional<Municipality> municipality(String kommunekode) {
        return kommunekode == null ? Optional.empty() : reference.findMunicipality(kommunekode);
    }

    private Optional<LocalCouncil> localCouncil(Map<String, String> path, String variable) {
        String id = path.get(variable);
        return id == null ? Optional.empty() : localCouncils.find(id);
    }
}
