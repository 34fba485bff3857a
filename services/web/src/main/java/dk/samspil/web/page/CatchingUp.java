package dk.samspil.web.page;

import dk.samspil.web.api.ApiRefusedException;
import org.springframework.http.HttpStatus;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The page a form redirects to reads a read model that may not show the change yet (it follows the events within
 * moments): read again a few times, briefly, until it does. A thing just created may be unknown (404) meanwhile.
 */
public record CatchingUp<T>(T value, boolean caughtUp) {

    private static final int ATTEMPTS = 6;
    private static final long PAUSE_MILLIS = 150;

    /** Reads until {@code showsTheChange}, at most about a second; the last read when it never does. */
    public static <T> CatchingUp<T> read(Supplier<T> read, Predicate<T> showsTheChange) {
        T value = readKnown(read);
        for (int attempt = 0; (value == null || !showsTheChange.test(value)) && attempt < ATTEMPTS; attempt++) {
            pause();
            value = readKnown(read);
        }
        if (value == null) {
            value = read.get();
        }
        return new CatchingUp<>(value, showsTheChange.test(value));
    }

    private static <T> T readKnown(Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiRefusedException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                return null;
            }
            throw refused;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
