package dk.samspil.municipality.actionplan.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** {@code districtCode} is the municipality's police district, whose district council heard the plan. */
@Revision("1")
public record ActionPlanPresentedEvent(String actionPlanId, String municipalityCode, String districtCode,
                                       LocalDate presentedOn) {
}
