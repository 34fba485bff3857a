package dk.samspil.web.home.web;

import dk.samspil.web.api.ApiRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * One panel of the overview: what its service answered, or that it could not be asked now. A panel whose service
 * refuses or does not answer says so on its own; the rest of the page is still shown.
 */
record Panel<T>(T content, boolean unavailable) {

    private static final Logger logger = LoggerFactory.getLogger(Panel.class);

    static <T> Panel<T> asking(String panel, Supplier<T> question) {
        try {
            return new Panel<>(question.get(), false);
        } catch (ApiRefusedException refused) {
            logger.warn("The overview shows no {}: {}", panel, refused.getMessage());
            return new Panel<>(null, true);
        }
    }
}
