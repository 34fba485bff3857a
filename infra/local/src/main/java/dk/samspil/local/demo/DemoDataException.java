package dk.samspil.local.demo;

/** The running system refused or could not take the demo data; {@code status} is 0 when it could not be reached. */
final class DemoDataException extends RuntimeException {

    private final int status;

    DemoDataException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
