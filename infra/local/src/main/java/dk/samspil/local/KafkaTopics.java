package dk.samspil.local;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.Topics.TopicDefinition;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/** The topics the platform needs: every contract topic, plus a dead-letter topic per consumer group and source topic. */
final class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);

    private KafkaTopics() {
    }

    /** Contract topics first, then the dead-letter topics of the given services, each with its source's partitions. */
    static List<TopicDefinition> required(Collection<ServiceDescriptor> services) {
        Map<String, TopicDefinition> topics = new LinkedHashMap<>();
        Topics.ALL.forEach(topic -> topics.put(topic.name(), topic));
        for (ServiceDescriptor service : services) {
            for (ServiceDescriptor.ConsumerGroup group : service.consumerGroups()) {
                int partitions = Topics.definition(group.sourceTopic()).partitions();
                topics.putIfAbsent(group.deadLetterTopic(), new TopicDefinition(group.deadLetterTopic(), partitions));
            }
        }
        return List.copyOf(topics.values());
    }

    /** Creates the topics that do not exist yet (replication factor 1); returns how many were created. */
    static int createMissing(String bootstrapServers, List<TopicDefinition> topics) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "samspil-local-topics"))) {
            Set<String> existing = admin.listTopics().names().get();
            warnAboutPartitionCountsThatDiffer(admin, topics, existing);
            keepForever(admin, topics.stream().map(TopicDefinition::name).filter(existing::contains).toList());
            List<NewTopic> missing = new ArrayList<>();
            for (TopicDefinition topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(Topics.KEPT_FOREVER));
                }
            }
            if (missing.isEmpty()) {
                return 0;
            }
            for (var creation : admin.createTopics(missing).values().entrySet()) {
                try {
                    creation.getValue().get();
                    log.info("Kafka-emne {} oprettet", creation.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return missing.size();
        } catch (ExecutionException e) {
            throw new LocalStackException("Could not create the Kafka topics on " + bootstrapServers, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while creating the Kafka topics", e);
        }
    }

    /** Topics created before their retention was part of the contract get it now (setting it again changes nothing). */
    private static void keepForever(Admin admin, List<String> topics) throws ExecutionException, InterruptedException {
        List<AlterConfigOp> forever = Topics.KEPT_FOREVER.entrySet().stream()
                .map(config -> new AlterConfigOp(new ConfigEntry(config.getKey(), config.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        topics.forEach(topic -> changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), forever));
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get();
        }
    }

    /** Kafka can only add partitions, and adding them moves keys to other partitions: tell, do not change. */
    private static void warnAboutPartitionCountsThatDiffer(Admin admin, List<TopicDefinition> topics, Set<String> existing)
            throws ExecutionException, InterruptedException {
        List<String> present = topics.stream().map(TopicDefinition::name).filter(existing::contains).toList();
        if (present.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> descriptions = admin.describeTopics(present).allTopicNames().get();
        for (TopicDefinition topic : topics) {
            TopicDescription description = descriptions.get(topic.name());
            if (description != null && description.partitions().size() != topic.partitions()) {
                log.warn("Kafka-emnet {} har {} partitioner, kontrakten siger {}; slet datamappen for at starte forfra",
                        topic.name(), description.partitions().size(), topic.partitions());
            }
        }
    }
}
