package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.LocalActivityKind;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record LocalActivityRecordedEvent(String localCouncilId, String districtCode, String activityId,
                                         LocalActivityKind kind, String title, String description, List<Theme> themes,
                                         List<String> municipalityCodes, LocalDate heldOn, Integer participants) {
}
