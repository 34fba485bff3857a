package dk.samspil.contracts.localcouncil;

/** One figure of a local report, for example {@code "anmeldelser om hærværk", 42}. */
public record ReportFigure(String label, long value) {
}
