package dk.samspil.platform.kafka;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.bson.BsonSerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import tools.jackson.core.exc.StreamReadException;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class DeterministicFailuresTest {

    @Test
    void what_the_same_record_meets_again_is_deterministic_however_deep_it_is_wrapped() {
        assertThat(DeterministicFailures.isDeterministic(new ListenerExecutionFailedException("listener",
                new IllegalArgumentException("Invalid BSON field name nikotin\u0000x")))).isTrue();
        assertThat(DeterministicFailures.isDeterministic(new BsonSerializationException("key"))).isTrue();
        assertThat(DeterministicFailures.isDeterministic(new DuplicateKeyException("constraint"))).isTrue();
        assertThat(DeterministicFailures.isDeterministic(new RuntimeException(new StreamReadException(null, "not JSON")))).isTrue();
    }

    @Test
    void a_store_that_does_not_answer_may_pass() {
        assertThat(DeterministicFailures.isDeterministic(new MongoTimeoutException("no server"))).isFalse();
        assertThat(DeterministicFailures.isDeterministic(new ListenerExecutionFailedException("listener",
                new MongoSocketReadException("reset", new ServerAddress(), new IOException("reset"))))).isFalse();
        assertThat(DeterministicFailures.isDeterministic(new DataAccessResourceFailureException("down"))).isFalse();
        assertThat(DeterministicFailures.isDeterministic(new IllegalStateException("not yet"))).isFalse();
    }
}
