package dk.samspil.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A single Kafka node in KRaft mode (broker and controller in one) inside the launcher's JVM, built from
 * {@code kafka_2.13}'s own server classes. Its log directory lives in the data folder and is formatted once; the
 * cluster id is kept in {@code meta.properties}, so every later start reuses topics, records and committed offsets.
 */
final class KafkaKraftBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaKraftBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;

    private KafkaKraftBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static KafkaKraftBroker start(Path logDirectory, int port, int controllerPort) {
        Map<String, String> config = config(logDirectory, port, controllerPort);
        try {
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(logDirectory);
            }
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            return new KafkaKraftBroker(server, port);
        } catch (Exception e) {
            throw new LocalStackException("Kafka could not start on port " + port + " (controller " + controllerPort
                    + ", log directory " + logDirectory + ")", e);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static Map<String, String> config(Path logDirectory, int port, int controllerPort) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("min.insync.replicas", "1");
        config.put("auto.create.topics.enable", "false");
        config.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner's default 128 MiB dedupe buffer dominates the heap of an idle broker (~171 -> ~44 MiB with 2 MiB).
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        // One developer machine, not a cluster: 50 partitions each for offsets and transactions are only start-up cost.
        config.put("offsets.topic.num.partitions", "10");
        config.put("transaction.state.log.num.partitions", "10");
        // The local stack keeps every event and committed offset however long it was switched off (Kafka's
        // defaults delete records after 7 days and forget the offsets of idle groups after 7 days).
        config.put("log.retention.ms", "-1");
        config.put("offsets.retention.minutes", Integer.toString(Integer.MAX_VALUE));
        return config;
    }

    private static void format(Path logDirectory) throws Exception {
        Files.createDirectories(logDirectory);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        new Formatter()
                .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDirectory.toString())
                .addDirectory(logDirectory.toString())
                .run();
        log.info("Kafka-lager formateret i {} (cluster id {})", logDirectory, clusterId);
        log.debug("Formatter: {}", output.toString(StandardCharsets.UTF_8).strip());
    }
}
