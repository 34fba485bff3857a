package dk.samspil.identity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A person who logs in with a password. The username is the token's {@code sub}; it starts with a letter, so it can
 * never be a CPR number. The password is the plain dev-only one from demo-users.yml: it is hashed at start.
 */
public record DemoUser(String username, String password, String name, Organisation organisation, List<Role> roles) {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    public DemoUser {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "username '%s' must be 2-64 lower-case letters, digits or hyphens, starting with a letter".formatted(username));
        }
        requireText(password, "password", username);
        requireText(name, "name", username);
        roles = new Membership(organisation, roles).roles();
    }

    public Membership membership() {
        return new Membership(organisation, roles);
    }

    /** Without the password, which must not reach a log. */
    @Override
    public String toString() {
        return "DemoUser[" + username + ", " + name + ", " + organisation + ", " + roles + "]";
    }

    private static void requireText(String value, String field, String username) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " of user '" + username + "' is required");
        }
    }
}
