package dk.samspil.municipality.initiative.query;

import dk.samspil.contracts.events.IntegrationEventCodec;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.ObjectMapper;

/**
 * Values to and from BSON through their JSON form, with the contract's mapping: dates as ISO strings (they sort and
 * read back as they are), records field by field, absent values left out.
 */
final class ReadModelJson {

    private static final ObjectMapper JSON = IntegrationEventCodec.objectMapper();
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private ReadModelJson() {
    }

    /** The BSON value of any value Jackson can write: a string, a number, a list or a document. */
    static Object bson(Object value) {
        return Document.parse("{\"value\": " + JSON.writeValueAsString(value) + "}").get("value");
    }

    static <T> T read(Document document, Class<T> type) {
        return JSON.readValue(document.toJson(RELAXED), type);
    }
}
