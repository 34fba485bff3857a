package dk.samspil.platform.config;

import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

import java.util.Arrays;
import java.util.stream.Stream;

/** A platform feature's tables come with it: its migrations folder joins the service's own ({@code db/migration}). */
public final class FlywayLocations {

    private FlywayLocations() {
    }

    /** {@code location}: e.g. {@code classpath:db/audit}. */
    public static FlywayConfigurationCustomizer adding(String location) {
        return configuration -> configuration.locations(Stream.concat(
                        Arrays.stream(configuration.getLocations()),
                        Stream.of(new Location(location)))
                .toArray(Location[]::new));
    }
}
