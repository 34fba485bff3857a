package dk.samspil.platform.provenance;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Notes each request's actor and correlation id for the commands it sends: the id is the gateway's
 * {@code X-Correlation-Id} (or a new one for a call straight to the service) and goes back in the answer.
 */
public class RequestProvenanceFilter extends OncePerRequestFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String ACTOR = RequestProvenanceFilter.class.getName() + ".actor";
    /** The request attribute holding the request's correlation id, for whatever else records the request (the audit). */
    public static final String CORRELATION_ID = RequestProvenanceFilter.class.getName() + ".correlationId";
    /** What a client may send as correlation id; anything else is replaced, so it is safe in logs and headers. */
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final ActorResolver actors;

    public RequestProvenanceFilter(ActorResolver actors) {
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(CORRELATION_HEADER);
        String correlationId = sent != null && USABLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setAttribute(CORRELATION_ID, correlationId);
        request.setAttribute(ACTOR, actors.actorOf(request));
        response.setHeader(CORRELATION_HEADER, correlationId);
        chain.doFilter(request, response);
    }
}
