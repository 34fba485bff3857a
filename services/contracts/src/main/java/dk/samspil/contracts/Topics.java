package dk.samspil.contracts;

import java.util.List;
import java.util.Map;

/** Kafka topics of the public contract. One topic per producing context and aggregate type; key = aggregate id. */
public final class Topics {

    public static final String MUNICIPALITY_INITIATIVES = "samspil.municipality.initiatives";
    public static final String MUNICIPALITY_FUNDING_POOLS = "samspil.municipality.funding-pools";
    public static final String MUNICIPALITY_ACTION_PLANS = "samspil.municipality.action-plans";
    public static final String MUNICIPALITY_CONCERNS = "samspil.municipality.concerns";
    public static final String LOCAL_COUNCILS = "samspil.local-council.local-councils";
    public static final String DISTRICT_COUNCILS = "samspil.district-council.district-councils";
    public static final String NATIONAL_ASSOCIATION_PROJECTS = "samspil.national-association.projects";
    public static final String NATIONAL_ASSOCIATION_FORUMS = "samspil.national-association.forums";
    public static final String NATIONAL_ASSOCIATION_GATHERINGS = "samspil.national-association.gatherings";

    /** Every published topic, with the partition count it is created with. */
    public static final List<TopicDefinition> ALL = List.of(
            new TopicDefinition(MUNICIPALITY_INITIATIVES, 6),
            new TopicDefinition(MUNICIPALITY_FUNDING_POOLS, 3),
            new TopicDefinition(MUNICIPALITY_ACTION_PLANS, 3),
            new TopicDefinition(MUNICIPALITY_CONCERNS, 6),
            new TopicDefinition(LOCAL_COUNCILS, 3),
            new TopicDefinition(DISTRICT_COUNCILS, 3),
            new TopicDefinition(NATIONAL_ASSOCIATION_PROJECTS, 3),
            new TopicDefinition(NATIONAL_ASSOCIATION_FORUMS, 3),
            new TopicDefinition(NATIONAL_ASSOCIATION_GATHERINGS, 3));

    /**
     * The configuration every contract and dead-letter topic is created with: kept without time limit. The events are
     * the history every read model is rebuilt from, so Kafka's default of seven days would make "rebuild from the start
     * of the topic" cover a week; compaction is no option either, since it keeps only the last event of an aggregate.
     */
    public static final Map<String, String> KEPT_FOREVER = Map.of("retention.ms", "-1");

    private Topics() {
    }

    /** Each consumer group has a dead-letter topic of its own per source topic, with as many partitions as the source. */
    public static String deadLetterTopic(String sourceTopic, String consumerGroup) {
        return sourceTopic + "." + consumerGroup + ".dlt";
    }

    public static TopicDefinition definition(String topic) {
        return ALL.stream()
                .filter(definition -> definition.name().equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a contract topic: " + topic));
    }

    public record TopicDefinition(String name, int partitions) {
    }
}
