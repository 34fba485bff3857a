package dk.samspil.municipality.concern.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** {@code municipalityCodes} and {@code districtCodes} are the area as asked; the raising municipality joins it. */
public record RaiseConcernCommand(@TargetAggregateIdentifier String concernId, String municipalityCode, String title,
                                  String description, List<Theme> themes, ConcernSeverity severity,
                                  List<String> municipalityCodes, List<String> districtCodes, LocalDate observedOn) {
}
