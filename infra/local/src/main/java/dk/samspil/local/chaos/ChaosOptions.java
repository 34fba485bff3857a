package dk.samspil.local.chaos;

import dk.samspil.local.OptionValues;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./samspil chaos [--commands 1000] [--clients 4] [--rate 3] [--faults municipality,...,postgres]
 * [--catch-up-seconds 300]}.
 *
 * @param commands at least this many commands are sent; more when the faults take longer than these at the rate
 * @param rate     commands per second of all clients together
 * @param faults   the parts killed, in this order, spread over the commands
 * @param catchUp  how long, after the last command, everything may take to agree with the event store
 */
record ChaosOptions(int commands, int clients, int rate, List<Fault> faults, Duration catchUp) {

    static final String USAGE = "[--commands 1000] [--clients 4] [--rate 3] [--faults municipality,district-council,"
            + "national-association,local-council,launcher,web,identity,gateway,postgres] [--catch-up-seconds 300]";

    ChaosOptions {
        faults = List.copyOf(faults);
    }

    /** The short form: fewer commands, one fault of each kind (a service, the launcher with Kafka and MongoDB, PostgreSQL). */
    static ChaosOptions shortForm() {
        return new ChaosOptions(150, 4, 3, List.of(Fault.DISTRICT_COUNCIL, Fault.LAUNCHER, Fault.POSTGRES),
                Duration.ofMinutes(2));
    }

    static ChaosOptions parse(List<String> arguments) {
        int commands = 1000;
        int clients = 4;
        int rate = 3;
        List<Fault> faults = Fault.all();
        int catchUpSeconds = 300;
        for (int i = 0; i < arguments.size(); i += 2) {
            String name = arguments.get(i);
            if (i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Mangler en værdi efter " + name);
            }
            String value = arguments.get(i + 1);
            switch (name) {
                case "--commands" -> commands = OptionValues.positive(name, value);
                case "--clients" -> clients = OptionValues.positive(name, value);
                case "--rate" -> rate = OptionValues.positive(name, value);
                case "--faults" -> faults = Arrays.stream(value.split(",")).filter(fault -> !fault.isBlank())
                        .map(Fault::named).toList();
                case "--catch-up-seconds" -> catchUpSeconds = OptionValues.positive(name, value);
                default -> throw new IllegalArgumentException("Ukendt valgmulighed " + name + " (kendte: " + USAGE + ")");
            }
        }
        return new ChaosOptions(commands, clients, rate, faults, Duration.ofSeconds(catchUpSeconds));
    }
}
