package dk.samspil.local.browser;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class or method needs a {@link Browser}: it is skipped, with {@link Browser#MISSING} as the reason, where
 * Chromium or ChromeDriver is not installed (see {@link BrowserInstalled}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BrowserInstalled.class)
public @interface RequiresBrowser {
}
