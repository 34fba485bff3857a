package dk.samspil.platform.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * Who may call a request: a caller with a token whose organisation and roles satisfy the rule, given the request's
 * path variables (e.g. {@code kommunekode}). Built by {@link Access}; rules combine with {@link #or}.
 */
public final class AccessRule implements AuthorizationManager<RequestAuthorizationContext> {

    private final BiPredicate<Caller, Map<String, String>> grants;

    AccessRule(BiPredicate<Caller, Map<String, String>> grants) {
        this.grants = grants;
    }

    public AccessRule or(AccessRule other) {
        return new AccessRule(grants.or(other.grants));
    }

    @Override
    public AuthorizationDecision authorize(Supplier<? extends Authentication> authentication,
                                           RequestAuthorizationContext request) {
        return new AuthorizationDecision(Caller.of(authentication.get())
                .map(caller -> grants.test(caller, request.getVariables()))
                .orElse(false));
    }
}
