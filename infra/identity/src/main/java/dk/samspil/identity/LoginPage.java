package dk.samspil.identity;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The password login in Danish, and the page a user lands on after logging in without coming from a client. */
@Controller
class LoginPage {

    static final String PATH = "/login";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 4rem auto; padding: 0 1rem; }
            label, input, button { display: block; width: 100%%; box-sizing: border-box; }
            input { margin: .25rem 0 1rem; padding: .5rem; }
            button { padding: .6rem; }
            .message { padding: .5rem; border: 1px solid; margin-bottom: 1rem; }
            </style>
            </head>
            <body>
            %s
            </body>
            </html>
            """;

    private final DemoDirectory directory;

    LoginPage(DemoDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout) {
        String message = error != null ? "<p class=\"message\" role=\"alert\">Forkert brugernavn eller adgangskode.</p>"
                : logout != null ? "<p class=\"message\" role=\"status\">Du er logget ud.</p>"
                : "";
        return page("Log ind i Samspil", """
                <h1>Log ind i Samspil</h1>
                %s
                <form method="post" action="%s">
                <label for="username">Brugernavn</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Adgangskode</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                %s
                <button type="submit">Log ind</button>
                </form>
                """.formatted(message, PATH, csrfField(csrf)));
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String loggedIn(Principal principal, CsrfToken csrf) {
        String name = directory.user(principal.getName()).map(DemoUser::name).orElse(principal.getName());
        return page("Samspil", """
                <h1>Samspil</h1>
                <p>Du er logget ind som %s (%s).</p>
                <form method="post" action="/logout">
                %s
                <button type="submit">Log ud</button>
                </form>
                """.formatted(htmlEscape(name), htmlEscape(principal.getName()), csrfField(csrf)));
    }

    private static String csrfField(CsrfToken csrf) {
        return "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                .formatted(htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()));
    }

    private static String page(String title, String body) {
        return PAGE.formatted(htmlEscape(title), body);
    }
}
