package dk.samspil.municipality.fundingpool.command;

/** A budget (or an overrun at final accounts) larger than what is left in the pool; the problem names the remaining. */
public class InsufficientFundsException extends RuntimeException {

    private final long remaining;

    public InsufficientFundsException(String fundingPoolId, long requested, long remaining) {
        super("Puljen " + fundingPoolId + " har " + remaining + " kr. tilbage; der søges " + requested + " kr.");
        this.remaining = remaining;
    }

    public long remaining() {
        return remaining;
    }
}
