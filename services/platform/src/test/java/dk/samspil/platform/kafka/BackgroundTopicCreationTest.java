package dk.samspil.platform.kafka;

import dk.samspil.contracts.Topics;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BackgroundTopicCreationTest {

    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.MUNICIPALITY_INITIATIVES, "some-group");

    private AnnotationConfigApplicationContext context;
    private EmbeddedKafkaKraftBroker broker;
    private PortForwarder brokerAtTheGivenAddress;

    @AfterEach
    void stop() throws IOException {
        if (brokerAtTheGivenAddress != null) {
            brokerAtTheGivenAddress.close();
        }
        if (context != null) {
            context.close();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void creates_the_declared_topics_once_a_broker_that_was_away_at_start_up_answers() throws IOException {
        int port = freePort();
        long started = System.nanoTime();
        context = contextWithDeadLetterTopicsOn("127.0.0.1:" + port);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        BackgroundTopicCreation creation = context.getBean(BackgroundTopicCreation.class);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(creation::isRunning);

        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        brokerAtTheGivenAddress = PortForwarder.from(port, brokerPort());

        await().atMost(Duration.ofSeconds(60)).until(this::deadLetterPartitions,
                partitions -> partitions == Topics.definition(Topics.MUNICIPALITY_INITIATIVES).partitions());
        await().atMost(Duration.ofSeconds(5)).until(() -> !creation.isRunning());
    }

    private int brokerPort() {
        String bootstrap = broker.getBrokersAsString().split(",")[0];
        return Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    }

    private int deadLetterPartitions() {
        return broker.doWithAdminFunction(admin -> {
            try {
                return admin.describeTopics(List.of(DEAD_LETTERS)).allTopicNames().get().get(DEAD_LETTERS).partitions().size();
            } catch (Exception notThereYet) {
                return 0;
            }
        });
    }

    private static AnnotationConfigApplicationContext contextWithDeadLetterTopicsOn(String bootstrapServers) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        KafkaAdmin admin = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        admin.setAutoCreate(false);
        admin.setOperationTimeout(2);
        admin.setCloseTimeout(1);
        context.registerBean(KafkaAdmin.class, () -> admin);
        context.registerBean(KafkaAdmin.NewTopics.class,
                () -> DeadLetterTopics.forGroup("some-group", Topics.MUNICIPALITY_INITIATIVES));
        context.registerBean(BackgroundTopicCreation.class, () -> new BackgroundTopicCreation(admin, context));
        context.refresh();
        return context;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
