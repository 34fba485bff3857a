package dk.samspil.platform.axon;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The JSON of stored events, snapshots and tokens. Until Spring Boot 4 it was written by Spring's Jackson 2 mapper;
 * Axon's Jackson 3 serializer, set up with this, writes and reads the same JSON, so the history of every earlier
 * version still loads and new events look like old ones. Axon's own token types are the only polymorphic types it reads.
 */
public final class StoredEventJson implements Jackson3SerializerCustomizer {

    @Override
    public void accept(JsonMapper.Builder mapper) {
        mapper.configureForJackson2()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.").build());
    }
}
