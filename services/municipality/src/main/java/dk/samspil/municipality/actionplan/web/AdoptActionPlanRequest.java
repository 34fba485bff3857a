package dk.samspil.municipality.actionplan.web;

import java.time.LocalDate;

/** {@code adoptedOn} may be left out: today. */
record AdoptActionPlanRequest(LocalDate adoptedOn) {
}
