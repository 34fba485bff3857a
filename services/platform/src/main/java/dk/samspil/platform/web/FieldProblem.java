package dk.samspil.platform.web;

/** One field of a request that was refused, and why. */
public record FieldProblem(String field, String message) {
}
