package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.LocalActivityKind;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * A local activity held in some of the municipalities the council covers ({@code coveredMunicipalityCodes}, from the
 * reference table); {@code today} is the Danish day the activity is recorded on.
 */
public record RecordLocalActivityCommand(@TargetAggregateIdentifier String localCouncilId, String districtCode,
                                         List<String> coveredMunicipalityCodes, String activityId,
                                         LocalActivityKind kind, String title, String description, List<Theme> themes,
                                         List<String> municipalityCodes, LocalDate heldOn, Integer participants,
                                         LocalDate today) {
}
