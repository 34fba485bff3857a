package dk.samspil.web.districtcouncil.query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The published cooperation plan, which the law makes public: asked without a token, so anyone may read it without
 * signing in. {@link dk.samspil.web.api.SamspilApi} always sends the signed-in user's token.
 */
@Component
public class PublishedCooperationPlanClient {

    private final RestClient client;

    PublishedCooperationPlanClient(RestClient.Builder builder, @Value("${samspil.web.api-uri}") URI apiUri) {
        this.client = builder
                .baseUrl(apiUri.toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults()
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))))
                .build();
    }

    /** Empty while the council has published none. */
    public Optional<CooperationPlan> fetch(String code) {
        try {
            return Optional.ofNullable(client.get().uri("/api/districts/{code}/cooperation-plan", code)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(CooperationPlan.class));
        } catch (HttpClientErrorException.NotFound noPlanYet) {
            return Optional.empty();
        }
    }
}
