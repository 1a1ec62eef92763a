package org.tremplin.application.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total number of items that match across all pages. */
public record Page<T>(List<T> items, long totalItems, PageRequest request) {
    public Page {
        items = List.copyOf(items);
        if (totalItems < items.size()) {
            throw new IllegalArgumentException("totalItems is smaller than the page");
        }
    }

    public long totalPages() {
        return (totalItems + request.size() - 1) / request.size();
    }

    public boolean hasNext() {
        return request.offset() + items.size() < totalItems;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), totalItems, request);
    }
}
