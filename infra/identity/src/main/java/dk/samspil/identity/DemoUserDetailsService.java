package dk.samspil.identity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password login's view of the {@link DemoDirectory}. The plain demo passwords are hashed once, at start, with
 * the delegating encoder (bcrypt): only the hashes are kept.
 */
class DemoUserDetailsService implements UserDetailsService {

    private final Map<String, String> passwordHashes;

    DemoUserDetailsService(DemoDirectory directory, PasswordEncoder encoder) {
        this.passwordHashes = directory.users().stream()
                .collect(Collectors.toUnmodifiableMap(DemoUser::username, user -> encoder.encode(user.password())));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String hash = passwordHashes.get(username);
        if (hash == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        // Roles are claims in the tokens, not authorities here: this server only logs people in.
        return User.withUsername(username).password(hash).authorities(List.of()).build();
    }
}
