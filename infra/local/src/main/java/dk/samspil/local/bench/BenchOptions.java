package dk.samspil.local.bench;

import dk.samspil.local.OptionValues;

import java.time.Duration;
import java.util.List;

/**
 * {@code ./samspil bench [--rate 100] [--duration 60] [--saturation-seconds 20] [--threads 8] [--concern-rate 50]
 * [--concern-duration 30]}.
 */
record BenchOptions(int rate, Duration duration, Duration saturation, int threads, int concernRate,
                    Duration concernDuration) {

    static BenchOptions parse(List<String> arguments) {
        int rate = 100;
        int durationSeconds = 60;
        int saturationSeconds = 20;
        int threads = 8;
        int concernRate = 50;
        int concernSeconds = 30;
        for (int i = 0; i < arguments.size(); i++) {
            String name = arguments.get(i);
            if (i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Mangler en værdi efter " + name);
            }
            int value = OptionValues.positive(name, arguments.get(++i));
            switch (name) {
                case "--rate" -> rate = value;
                case "--duration" -> durationSeconds = value;
                case "--saturation-seconds" -> saturationSeconds = value;
                case "--threads" -> threads = value;
                case "--concern-rate" -> concernRate = value;
                case "--concern-duration" -> concernSeconds = value;
                default -> throw new IllegalArgumentException("Ukendt valgmulighed " + name + " (kendte: --rate, "
                        + "--duration, --saturation-seconds, --threads, --concern-rate, --concern-duration)");
            }
        }
        return new BenchOptions(rate, Duration.ofSeconds(durationSeconds), Duration.ofSeconds(saturationSeconds), threads,
                concernRate, Duration.ofSeconds(concernSeconds));
    }
}
