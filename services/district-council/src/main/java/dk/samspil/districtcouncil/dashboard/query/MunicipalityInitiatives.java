package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.platform.initiatives.InitiativeCounts;

/** One municipality's line of the dashboard. */
public record MunicipalityInitiatives(String code, String name, InitiativeCounts counts) {
}
