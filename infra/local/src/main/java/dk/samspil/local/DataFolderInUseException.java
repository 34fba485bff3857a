package dk.samspil.local;

/** Another launcher already runs on the same data folder. */
public class DataFolderInUseException extends LocalStackException {

    public DataFolderInUseException(String message) {
        super(message);
    }
}
