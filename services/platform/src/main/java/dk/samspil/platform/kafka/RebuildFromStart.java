package dk.samspil.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * For a listener whose read model may be empty at start-up (new, or dropped to be rebuilt) while its consumer group
 * has committed offsets: then every partition is read once from its start, so the read model is rebuilt from the
 * topics without manual steps. Whether it is empty is asked once, at the first assignment, before this process
 * applied anything; a rebuild therefore means: drop the read model, restart the service. Applying must be idempotent.
 */
public final class RebuildFromStart {

    private final BooleanSupplier readModelEmpty;
    private final Set<TopicPartition> rewound = ConcurrentHashMap.newKeySet();
    private Boolean rebuilding;

    public RebuildFromStart(BooleanSupplier readModelEmpty) {
        this.readModelEmpty = readModelEmpty;
    }

    /** Call from {@code ConsumerSeekAware.onPartitionsAssigned}. */
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        if (!rebuilding()) {
            return;
        }
        List<TopicPartition> firstTime = assignments.keySet().stream().filter(rewound::add).toList();
        if (!firstTime.isEmpty()) {
            callback.seekToBeginning(firstTime);
        }
    }

    private synchronized boolean rebuilding() {
        if (rebuilding == null) {
            rebuilding = readModelEmpty.getAsBoolean();
        }
        return rebuilding;
    }
}
