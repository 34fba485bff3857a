package dk.samspil.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the root of the Samspil repository (the directory with the parent pom.xml). */
public final class RepositoryRoot {

    public static final String PROPERTY = "samspil.root";

    private RepositoryRoot() {
    }

    /** The {@code samspil.root} system property, else the current directory; it must hold {@code pom.xml}. */
    public static Path fromSystemPropertyOrWorkingDirectory() {
        Path root = Path.of(System.getProperty(PROPERTY, "")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new LocalStackException(root + " is not the Samspil repository root (no pom.xml there):"
                    + " start from the repository root (./samspil does) or pass -D" + PROPERTY + "=<repository root>");
        }
        return root;
    }

    /** Walks up from {@code start} to the directory that holds {@code pom.xml} and {@code infra/local} (for tests). */
    public static Path findUpwards(Path start) {
        for (Path directory = start.toAbsolutePath().normalize(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("pom.xml")) && Files.isDirectory(directory.resolve("infra/local"))) {
                return directory;
            }
        }
        throw new LocalStackException("No Samspil repository root above " + start);
    }
}
