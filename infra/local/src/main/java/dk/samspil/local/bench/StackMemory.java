package dk.samspil.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resident memory of this JVM (the launcher with Kafka and the Mongo-wire server in-process, and the benchmark's
 * own clients) and of every process it started (PostgreSQL, the service JVMs), from {@code /proc}. PSS shares
 * PostgreSQL's shared buffers fairly among its processes; RSS counts them once per process.
 */
final class StackMemory {

    record Usage(String process, long rssKib, long pssKib) {
    }

    /**
     * @param postmasterPidFile PostgreSQL's {@code postmaster.pid}: pg_ctl starts the postmaster in a session of its
     *                          own, so it is not among this JVM's descendants
     */
    static List<Usage> measure(Path postmasterPidFile) {
        List<Usage> usages = new ArrayList<>();
        Stream.concat(Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants()),
                        postgres(postmasterPidFile))
                .distinct()
                .forEach(process -> usage(process).ifPresent(usages::add));
        Map<String, Usage> byName = new LinkedHashMap<>();
        for (Usage usage : usages) {
            byName.merge(usage.process(), usage, (a, b) -> new Usage(a.process(), a.rssKib() + b.rssKib(), a.pssKib() + b.pssKib()));
        }
        return List.copyOf(byName.values());
    }

    private static Stream<ProcessHandle> postgres(Path postmasterPidFile) {
        try {
            long pid = Long.parseLong(Files.readAllLines(postmasterPidFile).get(0).trim());
            return ProcessHandle.of(pid).stream().flatMap(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()));
        } catch (IOException | RuntimeException e) {
            return Stream.empty();
        }
    }

    private static Optional<Usage> usage(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            long rss = kib(Files.readAllLines(proc.resolve("status")), "VmRSS:");
            long pss = Files.exists(proc.resolve("smaps_rollup")) ? kib(Files.readAllLines(proc.resolve("smaps_rollup")), "Pss:") : rss;
            return Optional.of(new Usage(name(process), rss, pss));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String name(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        if (process.pid() == ProcessHandle.current().pid()) {
            return "launcher (Kafka, Mongo-wire, bench clients)";
        }
        int jar = commandLine.indexOf("-exec.jar");
        if (jar > 0) {
            String upToJar = commandLine.substring(0, jar);
            return upToJar.substring(upToJar.lastIndexOf('/') + 1);
        }
        if (commandLine.contains("postgres")) {
            return "postgresql (all processes)";
        }
        return process.info().command().map(command -> Path.of(command).getFileName().toString()).orElse("pid " + process.pid());
    }

    private static long kib(List<String> lines, String field) {
        return lines.stream().filter(line -> line.startsWith(field))
                .map(line -> line.substring(field.length()).trim().split("\\s+")[0])
                .mapToLong(Long::parseLong).findFirst().orElse(0);
    }
}
