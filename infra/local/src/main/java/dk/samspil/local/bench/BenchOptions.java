package dk.samspil.local.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./samspil bench [--rate 100] [--duration 60] [--saturation-seconds 20] [--threads 8] [--concern-rate 50]
 * [--concern-duration 30]}.
 */
record BenchOptions(int rate, Duration duration, Duration saturation, int threads, int concernRate,
                    Duration concernDuration) {

    static BenchOptions parse(List<String> arguments) {
        Map<String, Integer> values = PositiveOptions.parse(arguments, Map.of("--rate", 100, "--duration", 60,
                "--saturation-seconds", 20, "--threads", 8, "--concern-rate", 50, "--concern-duration", 30));
        return new BenchOptions(values.get("--rate"), Duration.ofSeconds(values.get("--duration")),
                Duration.ofSeconds(values.get("--saturation-seconds")), values.get("--threads"),
                values.get("--concern-rate"), Duration.ofSeconds(values.get("--concern-duration")));
    }
}
