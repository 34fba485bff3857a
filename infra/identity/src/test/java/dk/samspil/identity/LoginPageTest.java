package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class LoginPageTest extends RunningIdentityProvider {

    @Autowired
    UserDetailsService users;

    @Test
    void theLoginFormIsServedInDanishWithACsrfToken() {
        HttpResponse<String> response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"da\">", "Log ind i Samspil", "Brugernavn", "Adgangskode", "name=\"username\"",
                        "name=\"password\"", "action=\"/login\"")
                .doesNotContain("Forkert brugernavn");
        assertThat(BrowserLogin.csrfToken(response.body())).isNotBlank();
    }

    @Test
    void aWrongPasswordLeadsBackToTheFormWithAMessage() {
        String csrf = BrowserLogin.csrfToken(get("/login").body());

        HttpResponse<String> response = postForm("/login",
                form("username", "stevns-consultant", "password", "stevns-consultant", "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login?error");
        assertThat(get(location(response)).body()).contains("Forkert brugernavn eller adgangskode.");
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() {
        get("/login");

        HttpResponse<String> response = postForm("/login",
                form("username", "stevns-consultant", "password", "stevns-consultant-dev"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aUserWhoLogsInDirectlySeesWhoSheIs() {
        String csrf = BrowserLogin.csrfToken(get("/login").body());
        HttpResponse<String> loggedIn = postForm("/login",
                form("username", "koebenhavn-consultant", "password", "koebenhavn-consultant-dev", "_csrf", csrf));
        assertThat(loggedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> home = get(location(loggedIn));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Du er logget ind som Amir Hassan (koebenhavn-consultant).");
    }

    @Test
    void passwordsAreKeptOnlyAsBcryptHashes() {
        String stored = users.loadUserByUsername("stevns-consultant").getPassword();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("stevns-consultant-dev");
    }
}
