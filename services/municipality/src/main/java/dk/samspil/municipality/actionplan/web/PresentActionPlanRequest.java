package dk.samspil.municipality.actionplan.web;

import java.time.LocalDate;

/** {@code presentedOn} may be left out: today. */
record PresentActionPlanRequest(LocalDate presentedOn) {
}
