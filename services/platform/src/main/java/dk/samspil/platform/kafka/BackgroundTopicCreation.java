package dk.samspil.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;

/**
 * Creates the topics the service declares ({@link NewTopic} and {@link KafkaAdmin.NewTopics} beans, such as its
 * dead-letter topics) in the background, trying again until the broker answers. Spring's own creation during start-up
 * is switched off in {@code samspil-defaults.properties}: with the broker away it held start-up for its operation and
 * close timeouts (about 40 s) and then never tried again, leaving the dead-letter topics missing.
 */
final class BackgroundTopicCreation implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTopicCreation.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(15);

    private final KafkaAdmin admin;
    private final ListableBeanFactory beans;
    private volatile Thread worker;

    BackgroundTopicCreation(KafkaAdmin admin, ListableBeanFactory beans) {
        this.admin = admin;
        this.beans = beans;
    }

    @Override
    public void start() {
        if (beans.getBeanNamesForType(NewTopic.class).length == 0
                && beans.getBeanNamesForType(KafkaAdmin.NewTopics.class).length == 0) {
            return;
        }
        worker = new Thread(this::createTopics, "samspil-kafka-topics");
        worker.setDaemon(true);
        worker.start();
    }

    private void createTopics() {
        Duration wait = FIRST_RETRY;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                // False or an exception: the broker did not answer (KafkaAdmin has logged why the first time).
                if (admin.initialize()) {
                    log.info("The Kafka topics this service declares exist");
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("Cannot create this service's Kafka topics yet, trying again in {}: {}", wait, e.getMessage());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
        }
    }

    @Override
    public void stop() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
        worker = null;
    }

    /** True while it is still trying. */
    @Override
    public boolean isRunning() {
        Thread running = worker;
        return running != null && running.isAlive();
    }
}
