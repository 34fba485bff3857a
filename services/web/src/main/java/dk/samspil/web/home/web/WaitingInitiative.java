package dk.samspil.web.home.web;

import dk.samspil.web.municipality.initiative.query.Initiative;
import dk.samspil.web.municipality.initiative.web.InitiativeStep;
import dk.samspil.web.signin.SignedInUser;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An initiative that waits for the signed-in user: a step that moves it on (submission, a decision, activation) is
 * theirs to take, or its status report is overdue. Which steps, and for whom, follows {@link InitiativeStep}.
 */
record WaitingInitiative(String id, String name, String statusLabel, String nextSteps, LocalDate statusReportDue,
                         boolean overdue) {

    /** The steps an initiative waits for; pausing, resuming, withdrawing and completing are the staff's choice. */
    private static final Set<InitiativeStep> MOVING_ON = EnumSet.of(InitiativeStep.SUBMISSION, InitiativeStep.APPROVAL,
            InitiativeStep.REJECTION, InitiativeStep.BUDGET_APPROVAL, InitiativeStep.APPROVAL_WITHOUT_FUNDING,
            InitiativeStep.ACTIVATION);

    static Optional<WaitingInitiative> of(Initiative initiative, SignedInUser user, String kommunekode) {
        List<String> steps = InitiativeStep.offeredTo(user, kommunekode, initiative.status()).stream()
                .filter(step -> MOVING_ON.contains(step) || step == InitiativeStep.STATUS_REPORT && initiative.overdue())
                .map(InitiativeStep::button)
                .toList();
        if (steps.isEmpty() && !initiative.overdue()) {
            return Optional.empty();
        }
        return Optional.of(new WaitingInitiative(initiative.id(), initiative.name(), initiative.statusLabel(),
                alternatives(steps), initiative.statusReportDue(), initiative.overdue()));
    }

    /** "Godkend eller afvis": the buttons' names as one phrase; empty when none is the user's. */
    private static String alternatives(List<String> buttons) {
        return IntStream.range(0, buttons.size())
                .mapToObj(index -> index == 0 ? buttons.get(0)
                        : Character.toLowerCase(buttons.get(index).charAt(0)) + buttons.get(index).substring(1))
                .collect(Collectors.joining(" eller "));
    }
}
