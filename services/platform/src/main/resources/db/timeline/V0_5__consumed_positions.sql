-- Where the timeline's consumer group has read its topics to (dk.samspil.platform.kafka.JdbcConsumedPositions): kept
-- beside the timeline, so that losing or emptying one loses the other.
CREATE TABLE consumed_position (
    consumer_group VARCHAR(255) NOT NULL,
    topic          VARCHAR(255) NOT NULL,
    partition_no   INTEGER      NOT NULL,
    next_offset    BIGINT       NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition_no)
);
