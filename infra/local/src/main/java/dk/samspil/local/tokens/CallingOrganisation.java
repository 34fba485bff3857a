package dk.samspil.local.tokens;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which organisation makes a call to the API, read from its path: {@code /api/municipalities/{kode}/…} a
 * municipality, {@code /api/local-councils/{id}/…} a local council, {@code /api/districts/{code}/…} a district
 * council, {@code /api/national/…} SSP-Samrådet. The public reads need no one. A call on {@code /api/concerns/…}
 * names no organisation in its path: its caller must name the municipality.
 */
public final class CallingOrganisation {

    private static final Pattern SCOPED = Pattern.compile("/api/(municipalities|local-councils|districts)/([^/]+)(/.*)?");
    private static final Pattern PUBLISHED_COOPERATION_PLAN = Pattern.compile("/api/districts/[^/]+/cooperation-plan");

    private CallingOrganisation() {
    }

    /**
     * The organisation the call at {@code path} (a query is ignored) is made for, or empty for a public call.
     *
     * @throws IllegalArgumentException for a call whose path names no organisation
     */
    public static Optional<Organisation> of(String method, String path) {
        String withoutQuery = path.split("\\?", 2)[0];
        if (isPublic(method, withoutQuery)) {
            return Optional.empty();
        }
        if (withoutQuery.equals("/api/national") || withoutQuery.startsWith("/api/national/")) {
            return Optional.of(Organisation.NATIONAL_ASSOCIATION);
        }
        Matcher scoped = SCOPED.matcher(withoutQuery);
        if (scoped.matches()) {
            String code = scoped.group(2);
            return Optional.of(switch (scoped.group(1)) {
                case "municipalities" -> Organisation.municipality(code);
                case "local-councils" -> Organisation.localCouncil(code);
                default -> Organisation.districtCouncil(code);
            });
        }
        throw new IllegalArgumentException(method + " " + withoutQuery + " nævner ingen organisation i stien:"
                + " angiv hvem kaldet foretages for (en bekymring: den kommune, der har rejst den)");
    }

    /** Reference data, the list of local councils and a district's published cooperation plan. */
    public static boolean isPublic(String method, String path) {
        if (!method.equals("GET")) {
            return false;
        }
        return path.equals("/api/reference") || path.startsWith("/api/reference/") || path.equals("/api/local-councils")
                || PUBLISHED_COOPERATION_PLAN.matcher(path).matches();
    }
}
