package dk.samspil.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may log in and for which organisation, read from demo-users.yml ({@code samspil.identity.directory}).
 * A user and a machine client cannot share a name: both become a token's {@code sub}.
 */
@ConfigurationProperties("samspil.identity.directory")
public record DemoDirectory(List<DemoUser> users, List<MachineClient> machineClients) {

    public DemoDirectory {
        users = users == null ? List.of() : List.copyOf(users);
        machineClients = machineClients == null ? List.of() : List.copyOf(machineClients);
        if (users.isEmpty()) {
            throw new IllegalArgumentException("samspil.identity.directory.users must name at least one user");
        }
        Set<String> subjects = new HashSet<>();
        users.forEach(user -> requireUnique(subjects, user.username()));
        machineClients.forEach(client -> requireUnique(subjects, client.clientId()));
    }

    public Optional<DemoUser> user(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    private static void requireUnique(Set<String> subjects, String subject) {
        if (!subjects.add(subject)) {
            throw new IllegalArgumentException("'" + subject + "' is named twice in samspil.identity.directory");
        }
    }
}
