package dk.samspil.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks up front that the ports are free, so a taken port is one clear message rather than a failure deep in a log. */
final class Ports {

    private Ports() {
    }

    /** @param ports what uses the port (for the message) by port number */
    static void requireFree(Map<String, Integer> ports) {
        Map<String, Integer> taken = new LinkedHashMap<>();
        ports.forEach((user, port) -> {
            if (!isFree(port)) {
                taken.put(user, port);
            }
        });
        if (!taken.isEmpty()) {
            StringBuilder message = new StringBuilder("Porte i brug af en anden proces:");
            taken.forEach((user, port) -> message.append(' ').append(port).append(" (").append(user).append(')'));
            throw new LocalStackException(message.append(". Stop den, eller vælg andre porte.").toString());
        }
    }

    /** Binds the wildcard address, as the services do; that fails while anything listens on the port. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // a port in TIME_WAIT after our own last stop is free for a server
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
