package dk.samspil.municipality;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Today's date in Denmark: deadlines (status reports, follow-ups, receipts due 15 December) are Danish calendar days.
 * Aggregates take the {@link Clock} as a command-handler parameter, so tests fix it.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(DENMARK);
    }
}
