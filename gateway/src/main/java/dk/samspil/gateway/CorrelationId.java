package dk.samspil.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id that follows one request through the gateway and the services. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    /** Key in the exchange attributes and in the Reactor context. */
    public static final String KEY = "correlationId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The client's id when it is safe to pass on and to log, otherwise a fresh UUID. */
    public static String acceptOrGenerate(String fromClient) {
        return isSane(fromClient) ? fromClient : UUID.randomUUID().toString();
    }

    static boolean isSane(String value) {
        return value != null && SANE.matcher(value).matches();
    }
}
