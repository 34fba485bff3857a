package dk.samspil.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCommandTest {

    private static final ServiceCommand.Infrastructure INFRASTRUCTURE =
            new ServiceCommand.Infrastructure("127.0.0.1:19192", 15532, 27117);

    /** A second stack beside the first: every port moved by 100. */
    private final LocalStackConfig moved = LocalStackConfig.defaults(Path.of("/repository")).withPortOffset(100);

    @Test
    void theIdentityProviderIsToldItsPortIssuerAndTheGatewaysRedirectsAndNothingElse() {
        List<String> arguments = ServiceCommand.arguments(ServiceDescriptor.IDENTITY, moved, INFRASTRUCTURE);

        assertThat(arguments).containsExactly(
                "--server.port=9100",
                "--samspil.identity.issuer=http://localhost:9100",
                "--samspil.identity.web-client.redirect-uris=http://localhost:8180/login/oauth2/code/samspil,"
                        + "http://127.0.0.1:8180/login/oauth2/code/samspil",
                "--samspil.identity.web-client.post-logout-redirect-uris=http://localhost:8180/,http://127.0.0.1:8180/");
    }

    @Test
    void everyServiceAndTheGatewayCheckTokensOfThisStacksIdentityProvider() {
        for (ServiceDescriptor service : ServiceDescriptor.ALL) {
            if (service == ServiceDescriptor.IDENTITY) {
                continue;
            }
            assertThat(ServiceCommand.arguments(service, moved, INFRASTRUCTURE)).as(service.name()).contains(
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9100",
                    "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9100/oauth2/jwks");
        }
    }

    @Test
    void theWebServiceCallsTheApiThroughTheGatewayAndReadsKafkaAndItsOwnMongoDatabase() {
        List<String> arguments = ServiceCommand.arguments(ServiceDescriptor.WEB, moved, INFRASTRUCTURE);

        assertThat(arguments).contains(
                "--server.port=8185",
                "--samspil.web.api-uri=http://localhost:8180",
                "--spring.kafka.bootstrap-servers=127.0.0.1:19192",
                "--spring.mongodb.uri=mongodb://127.0.0.1:27117/web");
        assertThat(arguments).noneMatch(argument -> argument.startsWith("--spring.datasource."));
        assertThat(ServiceDescriptor.WEB.postgresDatabase()).isEmpty();
    }

    @Test
    void theGatewayRoutesToEveryServiceAndTheWebService() {
        List<String> arguments = ServiceCommand.arguments(ServiceDescriptor.GATEWAY, moved, INFRASTRUCTURE);

        assertThat(arguments).contains(
                "--server.port=8180",
                "--samspil.gateway.municipality-uri=http://127.0.0.1:8181",
                "--samspil.gateway.district-council-uri=http://127.0.0.1:8182",
                "--samspil.gateway.national-association-uri=http://127.0.0.1:8183",
                "--samspil.gateway.local-council-uri=http://127.0.0.1:8184",
                "--samspil.gateway.web-uri=http://127.0.0.1:8185");
        assertThat(arguments).noneMatch(argument -> argument.startsWith("--samspil.web."));
    }

    @Test
    void theWebServiceRunsFromItsExecJarOnPort8085() {
        LocalStackConfig defaults = LocalStackConfig.defaults(Path.of("/repository"));

        assertThat(ServiceDescriptor.ALL).contains(ServiceDescriptor.WEB);
        assertThat(ServiceDescriptor.named("web")).isEqualTo(ServiceDescriptor.WEB);
        assertThat(defaults.servicePort("web")).isEqualTo(8085);
        assertThat(defaults.gatewayAddress()).isEqualTo("http://localhost:8080");
        assertThat(defaults.jarOf(ServiceDescriptor.WEB)).isEqualTo(Path.of("/repository/services/web/target/web-exec.jar"));
    }

    @Test
    void theIdentityProviderIsAServiceOfItsOwnOnPort9000() {
        LocalStackConfig defaults = LocalStackConfig.defaults(Path.of("/repository"));

        assertThat(ServiceDescriptor.ALL.get(0)).isEqualTo(ServiceDescriptor.IDENTITY);
        assertThat(defaults.servicePort("identity")).isEqualTo(9000);
        assertThat(defaults.identityIssuer()).isEqualTo("http://localhost:9000");
        assertThat(defaults.jarOf(ServiceDescriptor.IDENTITY)).isEqualTo(Path.of("/repository/infra/identity/target/identity-exec.jar"));
        assertThat(ServiceDescriptor.IDENTITY.postgresDatabase()).isEmpty();
        assertThat(ServiceDescriptor.IDENTITY.mongo()).isEmpty();
    }
}
