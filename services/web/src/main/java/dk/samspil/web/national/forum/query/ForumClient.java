package dk.samspil.web.national.forum.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** SSP-Samrådet's professional forums and experience networks: listed, read, established, and the steps on them. */
@Component
public class ForumClient {

    private static final String FORUMS = "/api/national/forums";

    private final SamspilApi api;

    ForumClient(SamspilApi api) {
        this.api = api;
    }

    /** By name, as the service lists them. */
    public List<ForumSummary> forums() {
        return List.of(api.get(ForumSummary[].class, FORUMS));
    }

    public ForumResponse forum(String forumId) {
        return api.get(ForumResponse.class, FORUMS + "/{id}", forumId);
    }

    /** @return the new forum's id */
    public String establish(Map<String, Object> forum) {
        return api.post(Established.class, forum, FORUMS).forumId();
    }

    /** A step on the forum itself: {@code POST /api/national/forums/{id}/{step}}. */
    public void take(String forumId, String step, Map<String, Object> body) {
        api.post(Void.class, body, FORUMS + "/{id}/{step}", forumId, step);
    }

    /** A member's leaving: {@code POST /api/national/forums/{id}/members/{memberId}/leaving}. */
    public void leave(String forumId, String memberId) {
        api.post(Void.class, Map.of(), FORUMS + "/{id}/members/{memberId}/leaving", forumId, memberId);
    }

    record Established(String forumId) {
    }
}
