package dk.samspil.web.personaldata.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;

/** Erases a staff member's personal data in every service that holds some (the gateway asks them all). */
@Component
public class ErasureClient {

    private final SamspilApi api;

    ErasureClient(SamspilApi api) {
        this.api = api;
    }

    public ErasureResponse erase(String organisationCode, String identifier) {
        return api.post(ErasureResponse.class, new ErasureRequest(organisationCode, identifier),
                "/api/personal-data/erasure");
    }

    record ErasureRequest(String organisationCode, String identifier) {
    }

    /** One line per service that knew the person; {@code erased} is false where it had been erased before. */
    public record ErasureResponse(List<ServiceErasure> erasures) {

        public record ServiceErasure(String service, String subjectId, boolean erased) {
        }
    }
}
