package dk.samspil.districtcouncil.dashboard.query;

/** How many of a municipality's initiatives address a priority's theme. */
public record MunicipalityCoverage(String code, String name, long initiativesAddressing) {

    boolean addresses() {
        return initiativesAddressing > 0;
    }
}
