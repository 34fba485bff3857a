package dk.samspil.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Base URIs of the services behind the gateway, e.g. {@code --samspil.gateway.municipality-uri=http://host:8081}, and
 * of the web service that serves the pages. Defaults live in application.yml.
 */
@ConfigurationProperties("samspil.gateway")
public record DownstreamServices(URI municipalityUri, URI districtCouncilUri, URI nationalAssociationUri,
                                 URI localCouncilUri, URI webUri) {

    public DownstreamServices {
        Objects.requireNonNull(municipalityUri, "samspil.gateway.municipality-uri is required");
        Objects.requireNonNull(districtCouncilUri, "samspil.gateway.district-council-uri is required");
        Objects.requireNonNull(nationalAssociationUri, "samspil.gateway.national-association-uri is required");
        Objects.requireNonNull(localCouncilUri, "samspil.gateway.local-council-uri is required");
        Objects.requireNonNull(webUri, "samspil.gateway.web-uri is required");
    }

    /** Every service with an API by the name its route has, municipality first; not the web, which has none. */
    public Map<String, URI> byName() {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put(SamspilRoutes.MUNICIPALITY, municipalityUri);
        services.put(SamspilRoutes.DISTRICT_COUNCIL, districtCouncilUri);
        services.put(SamspilRoutes.NATIONAL_ASSOCIATION, nationalAssociationUri);
        services.put(SamspilRoutes.LOCAL_COUNCIL, localCouncilUri);
        return services;
    }
}
