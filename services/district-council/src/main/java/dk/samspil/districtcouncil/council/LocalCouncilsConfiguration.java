package dk.samspil.districtcouncil.council;

import dk.samspil.contracts.reference.LocalCouncils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Which local councils there are: the contract's table (one per municipality), unless
 * {@code samspil.reference.local-councils} names another table of its form (a Spring resource location).
 */
@Configuration(proxyBeanMethods = false)
class LocalCouncilsConfiguration {

    @Bean
    LocalCouncils localCouncils(@Value("${samspil.reference.local-councils:}") String location,
                                ResourceLoader resources) {
        if (location.isBlank()) {
            return LocalCouncils.defaults();
        }
        Resource table = resources.getResource(location);
        try {
            return LocalCouncils.read(table.getInputStream(), location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the local council table " + location, e);
        }
    }
}
