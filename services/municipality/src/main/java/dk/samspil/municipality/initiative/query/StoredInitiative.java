package dk.samspil.municipality.initiative.query;

import com.fasterxml.jackson.annotation.JsonAlias;
import dk.samspil.contracts.municipality.FundingCriterion;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.municipality.initiative.command.InitiativeApplication;
import dk.samspil.platform.personaldata.Sealer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read-model document of one initiative, as {@link InitiativeListProjection} stores it: its coordinator sealed. */
public record StoredInitiative(@JsonAlias("_id") String id, String municipalityCode, InitiativeStatus status,
                        Instant registeredAt, InitiativeApplication application, String leaderGroupArea,
                        String fundingPoolId, Integer accountingYear, List<FundingCriterion> unmetCriteria,
                        String overrideReason, LocalDate activatedOn, LocalDate statusReportDue,
                        LocalDate completedOn, String finalEvaluation, Long actualTotal, List<HistoryStep> history) {

    /** The initiative with its coordinator as it reads now: plain text, or "[slettet]" once the person is erased. */
    StoredInitiative opened(Sealer sealer) {
        return new StoredInitiative(id, municipalityCode, status, registeredAt,
                application.withCoordinator(application.coordinator().openedWith(sealer)), leaderGroupArea,
                fundingPoolId, accountingYear, unmetCriteria, overrideReason, activatedOn, statusReportDue,
                completedOn, finalEvaluation, actualTotal, history);
    }
}
