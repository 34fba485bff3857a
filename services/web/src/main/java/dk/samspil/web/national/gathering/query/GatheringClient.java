package dk.samspil.web.national.gathering.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The national association's gatherings: asked for, planned, recorded as held, cancelled. */
@Component
public class GatheringClient {

    private final SamspilApi api;

    GatheringClient(SamspilApi api) {
        this.api = api;
    }

    public List<GatheringResponse> gatherings(int year) {
        return List.of(api.get(GatheringResponse[].class, "/api/national/gatherings?year={year}", year));
    }

    public GatheringResponse gathering(String gatheringId) {
        return api.get(GatheringResponse.class, "/api/national/gatherings/{id}", gatheringId);
    }

    /** @return the new gathering's id */
    public String plan(PlanGathering plan) {
        return api.post(Planned.class, plan, "/api/national/gatherings").gatheringId();
    }

    public void held(String gatheringId, String heldOn, Map<String, Integer> participants) {
        api.post(Void.class, new Held(heldOn, participants), "/api/national/gatherings/{id}/held", gatheringId);
    }

    public void cancel(String gatheringId, String reason) {
        api.post(Void.class, new Cancellation(reason), "/api/national/gatherings/{id}/cancellation", gatheringId);
    }

    /** {@code districtCode} null: a national gathering. Values as typed; the service checks them. */
    public record PlanGathering(String kind, String districtCode, String subject, String date, String organiser) {
    }

    record Planned(String gatheringId) {
    }

    record Held(String heldOn, Map<String, Integer> participants) {
    }

    record Cancellation(String reason) {
    }
}
