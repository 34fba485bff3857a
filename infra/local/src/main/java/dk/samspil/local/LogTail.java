package dk.samspil.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end (logs of a long-running stack grow large). */
final class LogTail {

    private static final int MAX_BYTES = 256 * 1024;

    private LogTail() {
    }

    static List<String> lastLines(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            long length = reader.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            reader.seek(length - size);
            reader.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
    }

    static String format(Path file, int lines) {
        StringBuilder text = new StringBuilder("--- sidste " + lines + " linjer af " + file + " ---\n");
        lastLines(file, lines).forEach(line -> text.append(line).append('\n'));
        return text.append("---").toString();
    }
}
