package dk.samspil.local.tokens;

import dk.samspil.local.LocalStackException;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./samspil token <bruger> [--password P] [--issuer URL]} prints an access token for a demo user, and
 * {@code ./samspil token --organisation MUNICIPALITY:0336 [--issuer URL]} one from the demo client for that
 * organisation: only the token, so that {@code TOKEN=$(./samspil token stevns-consultant)} works.
 */
public final class TokenCommand {

    public static final String ARGUMENTS = "<bruger> [--password P] | --organisation TYPE:KODE  [--issuer URL]";

    private TokenCommand() {
    }

    public static int run(List<String> arguments, String defaultIssuer, PrintStream out) {
        String username = null;
        String password = null;
        String organisation = null;
        String issuer = defaultIssuer;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                if (username != null) {
                    throw usage("Kun én bruger ad gangen, ikke både " + username + " og " + argument);
                }
                username = argument;
                continue;
            }
            if (i + 1 >= arguments.size()) {
                throw usage(argument + " mangler en værdi");
            }
            String value = arguments.get(++i);
            switch (argument) {
                case "--password" -> password = value;
                case "--organisation" -> organisation = value;
                case "--issuer" -> issuer = value;
                default -> throw usage("Ukendt argument til token: " + argument);
            }
        }
        if ((username == null) == (organisation == null)) {
            throw usage("Angiv enten en demobruger eller --organisation");
        }
        if (organisation != null && password != null) {
            throw usage("--password hører til en demobruger, ikke til --organisation");
        }
        try {
            out.println(username != null
                    ? new DemoLogin(issuer).login(username, password != null ? password : DemoLogin.devPassword(username)).value()
                    : new OrganisationTokens(issuer).accessToken(parse(organisation)));
        } catch (TokenException e) {
            throw new LocalStackException(e.getMessage());
        }
        return 0;
    }

    private static Organisation parse(String organisation) {
        try {
            return Organisation.parse(organisation);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static LocalStackException usage(String problem) {
        return new LocalStackException(problem + "\nBrug: ./samspil token " + ARGUMENTS
                + "\n  fx ./samspil token stevns-consultant, ./samspil token --organisation DISTRICT_COUNCIL:1467"
                + "\n  (demobrugerne og deres adgangskoder: infra/identity/README.md)");
    }
}
