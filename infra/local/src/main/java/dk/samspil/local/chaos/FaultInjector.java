package dk.samspil.local.chaos;

import dk.samspil.local.LauncherProcess;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * Kills one part of the stack with SIGKILL and times how long it takes to come back: until the part runs again in a
 * new process and answers (a service its readiness probe, PostgreSQL its port), and until every part of the stack does.
 * A killed launcher is started again at once on the same data folder, as an operator would; its services and
 * PostgreSQL, orphaned, are then stopped by the new launcher and started anew, so they all count as killed.
 */
final class FaultInjector {

    private static final Duration POLL = Duration.ofMillis(250);

    /**
     * @param afterCommands  commands handed to the clients when the fault was injected
     * @param duringCommands commands handed to the clients from the kill until every part answered again
     * @param killedPid      the process that was killed
     * @param partBack       from the kill until the killed part answered again in a new process; null if it never did
     * @param stackReady     from the kill until every part answered; null if it never did within the deadline
     */
    record Recovery(Fault fault, int afterCommands, int duringCommands, long killedPid, Duration partBack,
                    Duration stackReady) {

        boolean recovered() {
            return stackReady != null;
        }
    }

    private final LauncherProcess launcher;
    private final Duration deadline;
    private final IntSupplier commandsSent;

    FaultInjector(LauncherProcess launcher, Duration deadline, IntSupplier commandsSent) {
        this.launcher = launcher;
        this.deadline = deadline;
        this.commandsSent = commandsSent;
    }

    Recovery inject(Fault fault) throws InterruptedException {
        int afterCommands = commandsSent.getAsInt();
        Map<String, ProcessHandle> before = launcher.processes();
        ProcessHandle victim = Optional.ofNullable(before.get(fault.part()))
                .orElseThrow(() -> new IllegalStateException(fault.part() + " kører ikke, før den skal dræbes"));
        Set<String> killedParts = fault == Fault.LAUNCHER ? before.keySet() : Set.of(fault.part());
        long start = System.nanoTime();
        if (fault == Fault.LAUNCHER) {
            launcher.kill();
            launcher.startAgain();
        } else {
            victim.destroyForcibly();
            awaitExit(victim);
        }
        Duration partBack = null;
        Duration stackReady = null;
        long end = start + deadline.toNanos();
        while (stackReady == null && System.nanoTime() - end < 0) {
            List<String> notReady = launcher.notReady();
            if (partBack == null && fault.answeringParts().stream().noneMatch(notReady::contains)
                    && runAgain(Set.of(fault.part()), before)) {
                partBack = Duration.ofNanos(System.nanoTime() - start);
            }
            if (partBack != null && notReady.isEmpty() && runAgain(killedParts, before)) {
                stackReady = Duration.ofNanos(System.nanoTime() - start);
            } else {
                TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
            }
        }
        return new Recovery(fault, afterCommands, commandsSent.getAsInt() - afterCommands, victim.pid(), partBack,
                stackReady);
    }

    /** Every one of {@code parts} runs in a process other than the one it ran in before. */
    private boolean runAgain(Set<String> parts, Map<String, ProcessHandle> before) {
        Map<String, ProcessHandle> now = launcher.processes();
        Set<String> renewed = new HashSet<>();
        for (String part : parts) {
            ProcessHandle current = now.get(part);
            if (current != null && current.pid() != before.get(part).pid()) {
                renewed.add(part);
            }
        }
        return renewed.size() == parts.size();
    }

    private static void awaitExit(ProcessHandle victim) throws InterruptedException {
        try {
            victim.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(victim.pid() + " stoppede ikke efter SIGKILL", e);
        }
    }
}
