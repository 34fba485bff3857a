package dk.samspil.platform.provenance;

/**
 * Who made a change: a person or machine client and its organisation ({@code <type>:<code>}, e.g.
 * {@code MUNICIPALITY:0336}), as the request's token says; a request without one (a public read) is
 * {@link #ANONYMOUS}, and a change made by the service itself (a command from a Kafka consumer) is {@link #system}.
 */
public record Actor(String id, String organisation) {

    public static final Actor ANONYMOUS = new Actor("anonym", null);

    public static Actor system(String service) {
        return new Actor("system:" + service, null);
    }
}
