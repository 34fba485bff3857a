package dk.samspil.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class RebuildFromStartTest {

    private static final TopicPartition P0 = new TopicPartition("samspil.municipality.initiatives", 0);
    private static final TopicPartition P1 = new TopicPartition("samspil.municipality.initiatives", 1);

    private final ConsumerSeekCallback callback = mock(ConsumerSeekCallback.class);

    @Test
    void an_empty_read_model_reads_each_partition_once_from_its_start() {
        RebuildFromStart rebuild = new RebuildFromStart(() -> true);

        rebuild.onPartitionsAssigned(Map.of(P0, 5L), callback);
        rebuild.onPartitionsAssigned(Map.of(P0, 7L, P1, 3L), callback);

        verify(callback).seekToBeginning(List.of(P0));
        verify(callback).seekToBeginning(List.of(P1));
    }

    @Test
    void a_read_model_with_data_goes_on_from_the_committed_offsets() {
        RebuildFromStart rebuild = new RebuildFromStart(() -> false);

        rebuild.onPartitionsAssigned(Map.of(P0, 5L), callback);

        verify(callback, never()).seekToBeginning(any());
    }

    @Test
    void whether_it_is_empty_is_asked_once_before_anything_is_applied() {
        AtomicInteger asked = new AtomicInteger();
        RebuildFromStart rebuild = new RebuildFromStart(() -> asked.incrementAndGet() == 1);

        rebuild.onPartitionsAssigned(Map.of(P0, 5L), callback);
        rebuild.onPartitionsAssigned(Map.of(P1, 3L), callback);

        verify(callback).seekToBeginning(List.of(P1));
        assertThat(asked).hasValue(1);
    }
}
