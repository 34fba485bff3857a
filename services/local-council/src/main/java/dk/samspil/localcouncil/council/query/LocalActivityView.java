package dk.samspil.localcouncil.council.query;

import dk.samspil.contracts.localcouncil.LocalActivityKind;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record LocalActivityView(String activityId, String localCouncilId, LocalActivityKind kind, String kindLabel,
                                String title, String description, List<Theme> themes, List<String> themeLabels,
                                List<Municipality> municipalities, LocalDate heldOn, Integer participants,
                                Instant recordedAt) {
}
