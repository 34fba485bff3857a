package dk.samspil.municipality.concernfeed.messaging;

/** A webhook URL that is not absolute http(s), or points at an address webhooks may not call. */
public class InvalidWebhookUrlException extends RuntimeException {

    private final String value;

    public InvalidWebhookUrlException(String value, String reason) {
        super("Ugyldig webhook-adresse " + value + ": " + reason);
        this.value = value;
    }

    public String value() {
        return value;
    }
}
