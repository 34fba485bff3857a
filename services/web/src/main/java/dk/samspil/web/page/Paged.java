package dk.samspil.web.page;

import java.util.List;
import java.util.stream.IntStream;

/** One page of a list the API answers whole: 25 items, numbered from 1; a number out of range shows the nearest page. */
public record Paged<T>(List<T> items, int number, int pages, int total) {

    public static final int SIZE = 25;

    public static <T> Paged<T> of(List<T> all, Integer requested) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int number = Math.min(pages, Math.max(1, requested == null ? 1 : requested));
        int from = (number - 1) * SIZE;
        return new Paged<>(all.subList(from, Math.min(all.size(), from + SIZE)), number, pages, all.size());
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }

    /** The position of the page's first item in the whole list, from 1; 0 for an empty list. */
    public int first() {
        return items.isEmpty() ? 0 : (number - 1) * SIZE + 1;
    }

    public int last() {
        return (number - 1) * SIZE + items.size();
    }

    public List<Integer> numbers() {
        return IntStream.rangeClosed(1, pages).boxed().toList();
    }
}
