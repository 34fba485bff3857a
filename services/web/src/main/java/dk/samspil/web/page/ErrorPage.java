package dk.samspil.web.page;

import org.springframework.http.HttpStatus;

import java.util.Arrays;

/** The Danish error pages (one template, {@code error.html}): what went wrong, and what the user can do. */
public enum ErrorPage {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "Siden kunne ikke vises",
            "Forespørgslen kunne ikke bruges. Tjek det, du har skrevet eller valgt, og prøv igen."),
    SIGN_IN_FAILED(HttpStatus.UNAUTHORIZED, "Du blev ikke logget ind",
            "Log ind mislykkedes, eller det tog for lang tid. Prøv igen."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Du har ikke adgang til siden",
            "Din rolle giver ikke adgang til denne side. Kontakt din SSP-koordinator eller Samspils administrator, "
                    + "hvis du mener, at du burde have adgang."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Siden findes ikke",
            "Vi kunne ikke finde siden. Den kan være flyttet, eller adressen kan være skrevet forkert."),
    SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Der opstod en fejl",
            "Der skete en fejl hos os. Prøv igen om lidt. Hvis fejlen bliver ved, så kontakt Samspils drift."),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Tjenesten svarer ikke lige nu",
            "En af Samspils tjenester svarer ikke i øjeblikket. Prøv igen om lidt.");

    private final HttpStatus status;
    private final String title;
    private final String text;

    ErrorPage(HttpStatus status, String title, String text) {
        this.status = status;
        this.title = title;
        this.text = text;
    }

    /** The page for a status: its own, or the general one of its kind (4xx, 5xx). */
    public static ErrorPage of(HttpStatus status) {
        return Arrays.stream(values()).filter(page -> page.status == status).findFirst()
                .orElse(status.is5xxServerError() ? SERVER_ERROR : BAD_REQUEST);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public boolean offersSignIn() {
        return this == SIGN_IN_FAILED;
    }
}
