package dk.samspil.local.chaos;

import dk.samspil.local.LauncherProcess;
import dk.samspil.local.ServiceDescriptor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A part of the stack the suite kills with SIGKILL, in the order they are killed by default. */
enum Fault {

    MUNICIPALITY(ServiceDescriptor.MUNICIPALITY.name()),
    DISTRICT_COUNCIL(ServiceDescriptor.DISTRICT_COUNCIL.name()),
    NATIONAL_ASSOCIATION(ServiceDescriptor.NATIONAL_ASSOCIATION.name()),
    LOCAL_COUNCIL(ServiceDescriptor.LOCAL_COUNCIL.name()),
    /** The launcher JVM: its Kafka broker and MongoDB server die with it; it is started again on the same folder. */
    LAUNCHER(LauncherProcess.LAUNCHER),
    WEB(ServiceDescriptor.WEB.name()),
    IDENTITY(ServiceDescriptor.IDENTITY.name()),
    GATEWAY(ServiceDescriptor.GATEWAY.name()),
    /** PostgreSQL's postmaster, which the launcher starts again on the same data directory. */
    POSTGRES(LauncherProcess.POSTGRES);

    private final String part;

    Fault(String part) {
        this.part = part;
    }

    /** The name of the killed part, as {@link LauncherProcess#processes()} names it. */
    String part() {
        return part;
    }

    /**
     * What must answer again for the part to be back: the launcher's Kafka broker and MongoDB server listening again,
     * or the part itself.
     */
    List<String> answeringParts() {
        return this == LAUNCHER ? List.of(LauncherProcess.LAUNCHER, LauncherProcess.KAFKA, LauncherProcess.MONGODB)
                : List.of(part);
    }

    String label() {
        return this == LAUNCHER ? "launcher (Kafka, MongoDB)" : part;
    }

    /** {@code municipality}, {@code district-council}, …, {@code launcher}, {@code postgres}: the option's names. */
    String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Fault named(String name) {
        return Arrays.stream(values())
                .filter(fault -> fault.optionName().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Ukendt fejl '" + name + "' (kendte: "
                        + String.join(", ", Arrays.stream(values()).map(Fault::optionName).toList()) + ")"));
    }

    static List<Fault> all() {
        return List.of(values());
    }
}
