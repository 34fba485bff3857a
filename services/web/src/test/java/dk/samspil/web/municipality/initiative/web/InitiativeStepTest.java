package dk.samspil.web.municipality.initiative.web;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import dk.samspil.web.municipality.initiative.query.Initiative;
import dk.samspil.web.signin.SignedInUser;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dk.samspil.web.municipality.initiative.web.InitiativeStep.ACTIVATION;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.APPROVAL;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.APPROVAL_WITHOUT_FUNDING;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.BUDGET_APPROVAL;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.COMPLETION;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.PAUSE;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.REJECTION;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.RESUMPTION;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.STATUS_REPORT;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.SUBMISSION;
import static dk.samspil.web.municipality.initiative.web.InitiativeStep.WITHDRAWAL;
import static org.assertj.core.api.Assertions.assertThat;

/** The steps the page offers: the Initiative aggregate's statuses and the municipality service's access rules. */
class InitiativeStepTest {

    private static final SignedInUser CONSULTANT = user(OrganisationType.MUNICIPALITY, "0336", Role.SSP_CONSULTANT);
    private static final SignedInUser LEADER_GROUP = user(OrganisationType.MUNICIPALITY, "0336", Role.SSP_LEADER_GROUP);
    private static final SignedInUser SECRETARIAT = user(OrganisationType.MUNICIPALITY, "0336", Role.SSP_SECRETARIAT);

    @Test
    void consultants_draft_and_run_an_initiative() {
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "0336", "DRAFT")).containsExactly(SUBMISSION, WITHDRAWAL);
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "0336", "SUBMITTED")).containsExactly(WITHDRAWAL);
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "0336", "APPROVED")).containsExactly(WITHDRAWAL);
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "0336", "BUDGET_APPROVED")).containsExactly(ACTIVATION, WITHDRAWAL);
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "0336", "APPROVED_WITHOUT_FUNDING"))
                .containsExactly(ACTIVATION, WITHDRAWAL);
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "0336", "ACTIVE"))
                .containsExactly(STATUS_REPORT, PAUSE, COMPLETION, WITHDRAWAL);
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "0336", "PAUSED")).containsExactly(RESUMPTION, WITHDRAWAL);
    }

    @Test
    void the_leader_group_decides_on_applications_and_budgets() {
        assertThat(InitiativeStep.offeredTo(LEADER_GROUP, "0336", "DRAFT")).isEmpty();
        assertThat(InitiativeStep.offeredTo(LEADER_GROUP, "0336", "SUBMITTED")).containsExactly(APPROVAL, REJECTION);
        assertThat(InitiativeStep.offeredTo(LEADER_GROUP, "0336", "APPROVED"))
                .containsExactly(BUDGET_APPROVAL, APPROVAL_WITHOUT_FUNDING);
        assertThat(InitiativeStep.offeredTo(LEADER_GROUP, "0336", "ACTIVE")).isEmpty();
    }

    @Test
    void the_secretariat_both_decides_and_drafts() {
        assertThat(InitiativeStep.offeredTo(SECRETARIAT, "0336", "SUBMITTED"))
                .containsExactly(APPROVAL, REJECTION, WITHDRAWAL);
        assertThat(InitiativeStep.offeredTo(SECRETARIAT, "0336", "APPROVED"))
                .containsExactly(BUDGET_APPROVAL, APPROVAL_WITHOUT_FUNDING, WITHDRAWAL);
    }

    @Test
    void a_final_status_offers_nothing() {
        for (String status : Set.of("REJECTED", "COMPLETED", "WITHDRAWN")) {
            assertThat(InitiativeStep.offeredTo(SECRETARIAT, "0336", status)).as(status).isEmpty();
        }
    }

    @Test
    void only_the_municipality_s_own_staff_take_steps() {
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "0101", "DRAFT")).isEmpty();
        assertThat(InitiativeStep.offeredTo(CONSULTANT, "336", "DRAFT")).containsExactly(SUBMISSION, WITHDRAWAL);
        assertThat(InitiativeStep.offeredTo(user(OrganisationType.DISTRICT_COUNCIL, "1467",
                Role.DISTRICT_COUNCIL_MEMBER), "0336", "SUBMITTED")).isEmpty();
        assertThat(InitiativeStep.mayEditApplication(CONSULTANT, "0336", "DRAFT")).isTrue();
        assertThat(InitiativeStep.mayEditApplication(CONSULTANT, "0336", "SUBMITTED")).isFalse();
        assertThat(InitiativeStep.mayEditApplication(LEADER_GROUP, "0336", "DRAFT")).isFalse();
    }

    @Test
    void each_step_has_its_web_path_and_its_api_path() {
        assertThat(InitiativeStep.values()).extracting(InitiativeStep::slug).containsExactlyInAnyOrder(
                InitiativeStep.SLUGS.split("\\|"));
        assertThat(InitiativeStep.ofSlug("budgetgodkendelse")).contains(BUDGET_APPROVAL);
        assertThat(BUDGET_APPROVAL.apiPath()).isEqualTo("budget-approval");
        assertThat(STATUS_REPORT.apiPath()).isEqualTo("status-reports");
        assertThat(InitiativeStep.ofSlug("sletning")).isEmpty();
    }

    private static SignedInUser user(OrganisationType type, String code, Role role) {
        return new SignedInUser("Navn", new Caller("someone", type, code, Set.of(role)), "token");
    }
}
