package dk.samspil.platform.testing;

import dk.samspil.contracts.reference.LocalCouncils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A local council table as a deployment might configure it: the contract's table, except that Køge and Stevns (both
 * in police district 1467) share one local council, {@code LR-0259} "Lokalråd Køge og Stevns"; there is no LR-0336.
 */
public final class KoegeAndStevnsTable {

    public static final String SHARED_COUNCIL = "LR-0259";
    public static final String SHARED_COUNCIL_NAME = "Lokalråd Køge og Stevns";

    private KoegeAndStevnsTable() {
    }

    /** Writes the table to a new temporary file and returns its Spring resource location ({@code file:...}). */
    public static String write() {
        try (InputStream defaults = LocalCouncils.class.getResourceAsStream("/reference/local-councils.csv")) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(defaults.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("LR-0259;") && !line.startsWith("LR-0336;")) {
                    lines.add(line);
                }
            }
            lines.add(SHARED_COUNCIL + ";" + SHARED_COUNCIL_NAME + ";0259,0336");
            Path table = Files.createTempFile("local-councils-", ".csv");
            table.toFile().deleteOnExit();
            Files.write(table, lines, StandardCharsets.UTF_8);
            return table.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
