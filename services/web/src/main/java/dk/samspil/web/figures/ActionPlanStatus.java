package dk.samspil.web.figures;

import java.time.LocalDate;

/** One municipality's action plan (handleplan) as a dashboard sees it. */
public record ActionPlanStatus(boolean currentAdopted, LocalDate followUpDue, boolean followUpOverdue,
                               boolean presentedAtDistrictCouncil) {
}
