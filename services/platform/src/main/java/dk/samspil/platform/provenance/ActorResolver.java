package dk.samspil.platform.provenance;

import jakarta.servlet.http.HttpServletRequest;

/** Who is making a request: the platform answers {@link Actor#ANONYMOUS} until a service knows better (a token). */
@FunctionalInterface
public interface ActorResolver {

    Actor actorOf(HttpServletRequest request);
}
