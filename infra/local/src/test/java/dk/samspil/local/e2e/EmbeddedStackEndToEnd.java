package dk.samspil.local.e2e;

import dk.samspil.local.LocalStack;
import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.tokens.DemoLogin;
import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationTokens;
import dk.samspil.local.tokens.OrganisationType;
import dk.samspil.local.tokens.TokenCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

/**
 * An end-to-end story: the whole embedded stack as {@code ./samspil up} starts it (every service in its own JVM, the
 * identity provider first), in a temporary data folder, once per class; the tests are its steps in order and go
 * through the {@link #gateway}, which sends each call with a token for the organisation its path names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class EmbeddedStackEndToEnd {

    @TempDir
    static Path dataFolder;

    protected LocalStack stack;
    protected GatewayClient gateway;
    private OrganisationTokens organisationTokens;
    private TokenCache<String> userTokens;

    @BeforeAll
    void startTheStack() {
        Path repositoryRoot = Path.of(System.getProperty("samspil.root", "../..")).toAbsolutePath().normalize();
        stack = LocalStack.start(LocalStackConfig.forTests(repositoryRoot, dataFolder));
        organisationTokens = new OrganisationTokens(stack.identityIssuer());
        DemoLogin login = new DemoLogin(stack.identityIssuer());
        userTokens = new TokenCache<>(username -> login.login(username, DemoLogin.devPassword(username)), Clock.systemUTC());
        gateway = new GatewayClient(stack.gatewayUrl(), organisationTokens);
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** An access token of a demo user of infra/identity (password {@code <username>-dev}), logged in once per user. */
    protected String tokenFor(String username) {
        return userTokens.token(username);
    }

    /** An access token from the demo client for one organisation, with the roles of its staff. */
    protected String tokenForOrganisation(OrganisationType type, String code) {
        return organisationTokens.accessToken(new Organisation(type, code));
    }
}
