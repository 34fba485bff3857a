package dk.samspil.web.page;

/**
 * A field of a step form by the API's name for it, and how the text typed becomes the JSON value: text as typed (a
 * date too: the service reads it and names the field it cannot read), several ticked values as a list, or a whole
 * number the web reads first (an amount in kroner, a year). A dotted name is a field of a nested object.
 */
public record FormField(String name, Kind kind) {

    public enum Kind {
        TEXT, LIST, KRONER, YEAR
    }

    public static FormField text(String name) {
        return new FormField(name, Kind.TEXT);
    }

    public static FormField list(String name) {
        return new FormField(name, Kind.LIST);
    }

    public static FormField kroner(String name) {
        return new FormField(name, Kind.KRONER);
    }

    public static FormField year(String name) {
        return new FormField(name, Kind.YEAR);
    }

    /**
     * Whether the service's name for an error is this field's: the field itself, for a list one of its entries, for a
     * field of a nested object the object (then the error is shown at its first field).
     */
    boolean names(String apiField) {
        return apiField.equals(name) || kind == Kind.LIST && apiField.startsWith(name + "[")
                || name.startsWith(apiField + ".");
    }
}
