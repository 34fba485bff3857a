package dk.samspil.local.chaos;

/**
 * One command of the load, sent once and never again (a client that wants it done sends a new command).
 *
 * @param number      its number in the run, unique
 * @param aggregateId the initiative or concern it made or changed; null for a registration or concern that was not
 *                    acknowledged (its id is in the answer)
 * @param status      the HTTP status, or 0 when there was none
 */
record SentCommand(int number, CommandKind kind, String municipality, String aggregateId, Outcome outcome, int status) {

    boolean acknowledged() {
        return outcome == Outcome.ACKNOWLEDGED;
    }
}
