package dk.samspil.platform.provenance;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is making a request: in a web service the token's caller ({@code ServiceSecurityAutoConfiguration}), elsewhere
 * {@link Actor#ANONYMOUS}.
 */
@FunctionalInterface
public interface ActorResolver {

    Actor actorOf(HttpServletRequest request);
}
