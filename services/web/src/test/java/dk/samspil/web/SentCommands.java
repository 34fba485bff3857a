package dk.samspil.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the web sent the stand-in API with a command, as JSON to compare with what the API expects. */
public final class SentCommands {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SentCommands() {
    }

    /** The latest {@code method path} the web sent, or an assertion error. */
    public static StubApi.Request last(StubApi api, String method, String path) {
        return api.requests().stream()
                .filter(request -> request.method().equals(method) && request.pathAndQuery().equals(path))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new AssertionError("Nothing sent: " + method + " " + path));
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
