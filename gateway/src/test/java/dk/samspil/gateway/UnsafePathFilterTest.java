package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsafePathFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/municipalities/0101/initiatives",
            "/api/reference/police-districts",
            "/api/national/projects/p-1.2/report.pdf",
            "/api/districts/1470/...",
            "/api/municipalities/%C3%A6ldre"
    })
    void ordinaryPathsAreSafe(String rawPath) {
        assertThat(UnsafePathFilter.isUnsafe(rawPath)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/municipalities/../actuator",
            "/api/municipalities/./x",
            "/api/municipalities/..",
            "/api/municipalities/%2e%2E/actuator",
            "/api/municipalities/a%2Fb",
            "/api/municipalities/a%5Cb",
            "/api/municipalities/%252e%252e/actuator",
            "/api/municipalities/..;/actuator",
            "/api/municipalities/x;jsessionid=1",
            "/api/municipalities/..\\actuator"
    })
    void traversalTricksAreUnsafe(String rawPath) {
        assertThat(UnsafePathFilter.isUnsafe(rawPath)).isTrue();
    }
}
