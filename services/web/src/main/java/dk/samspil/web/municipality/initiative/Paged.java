package dk.samspil.web.municipality.initiative;

import java.util.List;
import java.util.stream.IntStream;

/** One page of a list: {@code number} counts from 1; a page past the end shows the last one. */
public record Paged<T>(List<T> items, int number, int pages, int total, int first, int last) {

    public static <T> Paged<T> of(List<T> all, int requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.min(Math.max(requested, 1), pages);
        int from = (number - 1) * size;
        int to = Math.min(from + size, all.size());
        return new Paged<>(all.subList(from, to), number, pages, all.size(), all.isEmpty() ? 0 : from + 1, to);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }

    public List<Integer> numbers() {
        return IntStream.rangeClosed(1, pages).boxed().toList();
    }
}
