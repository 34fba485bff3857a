package dk.samspil.web.municipality.actionplan.web;

import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.web.municipality.actionplan.query.ActionPlan;
import dk.samspil.web.municipality.actionplan.query.InitiativeSummary;
import dk.samspil.web.page.Choice;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A plan's initiatives by name: those in it with where they stand now, those that left it and why, and the
 * municipality's initiatives that may still join it.
 */
record PlanInitiatives(List<Row> inPlan, List<Row> left, List<Choice> offered) {

    /**
     * Not offered: an initiative the service keeps out of every plan (paused, withdrawn, completed), nor a rejected
     * application, which will not happen.
     */
    private static final Set<InitiativeStatus> NOT_PLANNABLE = EnumSet.of(InitiativeStatus.REJECTED,
            InitiativeStatus.PAUSED, InitiativeStatus.WITHDRAWN, InitiativeStatus.COMPLETED);

    static PlanInitiatives of(ActionPlan plan, List<InitiativeSummary> initiatives) {
        Map<String, InitiativeSummary> byId = initiatives.stream()
                .collect(Collectors.toMap(InitiativeSummary::id, Function.identity(), (first, same) -> first));
        return new PlanInitiatives(
                plan.initiativeIds().stream().map(id -> Optional.ofNullable(byId.get(id))
                        .map(found -> new Row(id, found.name(), found.statusLabel()))
                        .orElseGet(() -> new Row(id, id, ""))).toList(),
                plan.leftInitiatives().stream().map(left -> new Row(left.initiativeId(),
                        Optional.ofNullable(byId.get(left.initiativeId())).map(InitiativeSummary::name)
                                .orElse(left.initiativeId()), left.statusLabel())).toList(),
                offered(initiatives, plan::knows));
    }

    /** The initiatives a plan may take, but for those it {@code knows} already; named with where they stand. */
    static List<Choice> offered(List<InitiativeSummary> initiatives, Predicate<String> knows) {
        return initiatives.stream()
                .filter(initiative -> isPlannable(initiative) && !knows.test(initiative.id()))
                .map(initiative -> new Choice(initiative.id(), initiative.name() + " (" + initiative.statusLabel() + ")"))
                .toList();
    }

    private static boolean isPlannable(InitiativeSummary initiative) {
        return NOT_PLANNABLE.stream().noneMatch(status -> status.name().equals(initiative.status()));
    }

    /** {@code statusLabel}: where an initiative in the plan stands now, or what made one leave it. */
    record Row(String id, String name, String statusLabel) {
    }
}
