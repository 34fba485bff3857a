package dk.samspil.gateway;

import java.net.URI;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Base URIs of the services behind the gateway, e.g. {@code --samspil.gateway.municipality-uri=http://host:8081}.
 * Defaults live in application.yml.
 */
@ConfigurationProperties("samspil.gateway")
public record DownstreamServices(URI municipalityUri, URI districtCouncilUri, URI nationalAssociationUri,
                                 URI localCouncilUri) {

    public DownstreamServices {
        Objects.requireNonNull(municipalityUri, "samspil.gateway.municipality-uri is required");
        Objects.requireNonNull(districtCouncilUri, "samspil.gateway.district-council-uri is required");
        Objects.requireNonNull(nationalAssociationUri, "samspil.gateway.national-association-uri is required");
        Objects.requireNonNull(localCouncilUri, "samspil.gateway.local-council-uri is required");
    }
}
