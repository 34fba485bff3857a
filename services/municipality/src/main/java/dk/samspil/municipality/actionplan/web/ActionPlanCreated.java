package dk.samspil.municipality.actionplan.web;

record ActionPlanCreated(String id) {
}
