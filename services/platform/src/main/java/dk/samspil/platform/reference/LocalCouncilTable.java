package dk.samspil.platform.reference;

import dk.samspil.contracts.reference.LocalCouncils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;

/**
 * Which local councils there are: the contract's table (one per municipality) unless
 * {@code samspil.reference.local-councils} names another table of the same form, e.g. {@code file:/etc/samspil/lokalraad.csv}.
 * A table that is missing or breaks the rules (every municipality covered once, one police district per council)
 * stops the service from starting.
 */
@AutoConfiguration
public class LocalCouncilTable {

    public static final String PROPERTY = "samspil.reference.local-councils";

    @Bean
    @ConditionalOnMissingBean
    LocalCouncils localCouncils(@Value("${" + PROPERTY + ":}") String location, ResourceLoader resources)
            throws IOException {
        if (location.isBlank()) {
            return LocalCouncils.defaults();
        }
        try (InputStream table = resources.getResource(location).getInputStream()) {
            return LocalCouncils.read(table, location);
        }
    }
}
