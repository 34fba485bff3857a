package dk.samspil.local.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What any script in the page can read: the document as it stands, its cookies ({@code HttpOnly} ones are not among
 * them), localStorage and sessionStorage. The token check asserts that no access token is among it:
 *
 * <pre>{@code
 * assertThat(PageScripts.of(browser).jwts()).isEmpty();
 * }</pre>
 *
 * @param html           {@code document.documentElement.outerHTML}
 * @param cookies        {@code document.cookie}
 * @param localStorage   every key and value of {@code localStorage}
 * @param sessionStorage every key and value of {@code sessionStorage}
 */
public record PageScripts(String html, String cookies, Map<String, String> localStorage, Map<String, String> sessionStorage) {

    /** A JSON Web Token: a base64url JSON header ({@code eyJ}, i.e. <code>{"</code>), payload and signature, dot-separated. */
    public static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private static final String READ = """
            const entries = storage => {
                const all = {};
                for (let i = 0; i < storage.length; i++) {
                    all[storage.key(i)] = storage.getItem(storage.key(i));
                }
                return all;
            };
            return {html: document.documentElement.outerHTML, cookies: document.cookie,
                    localStorage: entries(window.localStorage), sessionStorage: entries(window.sessionStorage)};
            """;

    public PageScripts {
        localStorage = Map.copyOf(localStorage);
        sessionStorage = Map.copyOf(sessionStorage);
    }

    /** Reads it all from the page open in the browser. */
    public static PageScripts of(Browser browser) {
        Map<?, ?> seen = (Map<?, ?>) browser.script(READ);
        return new PageScripts(String.valueOf(seen.get("html")), String.valueOf(seen.get("cookies")),
                strings((Map<?, ?>) seen.get("localStorage")), strings((Map<?, ?>) seen.get("sessionStorage")));
    }

    /**
     * Every JWT-like string scripts can see, with where it was, e.g. {@code localStorage[token]: eyJhbGciOiJSUzI1NiJ9.…};
     * empty when there is none.
     */
    public List<String> jwts() {
        List<String> found = new ArrayList<>();
        find("document", html, found);
        find("document.cookie", cookies, found);
        localStorage.forEach((key, value) -> find("localStorage[" + key + "]", key + "=" + value, found));
        sessionStorage.forEach((key, value) -> find("sessionStorage[" + key + "]", key + "=" + value, found));
        return found;
    }

    private static void find(String where, String text, List<String> found) {
        Matcher matcher = JWT.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            found.add(where + ": " + (token.length() > 40 ? token.substring(0, 40) + "…" : token));
        }
    }

    private static Map<String, String> strings(Map<?, ?> values) {
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((key, value) -> strings.put(String.valueOf(key), String.valueOf(value)));
        return strings;
    }
}
