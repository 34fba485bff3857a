package dk.samspil.web.national.web;

import dk.samspil.web.figures.MunicipalityFigures;

import java.util.Arrays;
import java.util.function.ToLongFunction;

/** The figures the map of the municipalities can be coloured by. */
enum MapFigure {
    INITIATIVES("indsatser", "Indsatser i alt", "indsatser", MunicipalityFigures::initiatives),
    ACTIVE("i-gang", "Indsatser i gang", "indsatser i gang",
            municipality -> municipality.byStatus().getOrDefault("ACTIVE", 0L)),
    CRIME_PREVENTIVE("kriminalitetsforebyggende", "Kriminalitetsforebyggende indsatser",
            "kriminalitetsforebyggende indsatser",
            municipality -> municipality.byPreventionLevel().getOrDefault("CRIME_PREVENTIVE", 0L)),
    POOL_USED("puljeforbrug", "Puljen brugt (%)", "% af puljen brugt",
            municipality -> municipality.pool() == null ? 0 : municipality.pool().usedPercent()),
    OVERDUE_STATUS_REPORTS("statusrapporter", "Statusrapporter for sent", "statusrapporter for sent",
            MunicipalityFigures::overdueStatusReports);

    private final String parameter;
    private final String label;
    private final String unit;
    private final ToLongFunction<MunicipalityFigures> value;

    MapFigure(String parameter, String label, String unit, ToLongFunction<MunicipalityFigures> value) {
        this.parameter = parameter;
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    static MapFigure fromParameter(String parameter) {
        return Arrays.stream(values()).filter(figure -> figure.parameter.equals(parameter)).findFirst()
                .orElse(INITIATIVES);
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    long of(MunicipalityFigures municipality) {
        return value.applyAsLong(municipality);
    }
}
