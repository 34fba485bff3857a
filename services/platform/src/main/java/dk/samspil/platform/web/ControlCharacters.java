package dk.samspil.platform.web;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The characters no text in a command may hold: the C0 controls (U+0000–U+001F) but tab, line feed and carriage
 * return, DEL (U+007F), and a surrogate without its pair. They cannot be typed, mean nothing in Danish text, and a
 * stored one stops whatever reads it later (a NUL in a theme froze the district dashboards).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** A text field holding one of them: the field's path in the request ({@code themes[0]}) and the character. */
    public record Found(String field, int codePoint) {

        public String message() {
            return String.format("Feltet indeholder et tegn, der ikke kan bruges (U+%04X). Skriv teksten igen uden det.",
                    codePoint);
        }
    }

    /** The first refused character of {@code text} (its code), or -1 when there is none. */
    public static int firstRefused(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isHighSurrogate(character) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
            } else if (isRefused(character)) {
                return character;
            }
        }
        return -1;
    }

    /**
     * The first text holding a refused character in a request body as it was read: its strings, the components of its
     * records, the elements of its lists and arrays, the keys and values of its maps, at any depth.
     */
    public static Optional<Found> in(Object body) {
        return find(body, "");
    }

    private static boolean isRefused(char character) {
        return character < 0x20 && character != '\t' && character != '\n' && character != '\r'
                || character == 0x7F || Character.isSurrogate(character);
    }

    private static Optional<Found> find(Object value, String path) {
        if (value instanceof CharSequence text) {
            int refused = firstRefused(text.toString());
            return refused < 0 ? Optional.empty() : Optional.of(new Found(path, refused));
        }
        if (value instanceof Record record) {
            return inRecord(record, path);
        }
        if (value instanceof Collection<?> elements) {
            return inElements(elements.iterator(), path);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String entryPath = join(path, String.valueOf(entry.getKey()));
                Optional<Found> found = find(entry.getKey(), entryPath).or(() -> find(entry.getValue(), entryPath));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value != null && value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            Object[] elements = new Object[Array.getLength(value)];
            for (int index = 0; index < elements.length; index++) {
                elements[index] = Array.get(value, index);
            }
            return inElements(Arrays.asList(elements).iterator(), path);
        }
        return Optional.empty();
    }

    private static Optional<Found> inRecord(Record record, String path) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Optional<Found> found = find(valueOf(component, record), join(path, component.getName()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> inElements(Iterator<?> elements, String path) {
        for (int index = 0; elements.hasNext(); index++) {
            Optional<Found> found = find(elements.next(), path + "[" + index + "]");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of a request", e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
