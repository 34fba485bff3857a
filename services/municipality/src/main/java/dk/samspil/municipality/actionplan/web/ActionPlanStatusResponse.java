package dk.samspil.municipality.actionplan.web;

import dk.samspil.contracts.municipality.ActionPlanStatus;

record ActionPlanStatusResponse(String id, ActionPlanStatus status, String statusLabel) {

    ActionPlanStatusResponse(String id, ActionPlanStatus status) {
        this(id, status, status.label());
    }
}
