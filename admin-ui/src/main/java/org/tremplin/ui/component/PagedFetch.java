package org.tremplin.ui.component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;

/**
 * Turns a grid's request for rows {@code offset} to {@code offset + limit} into the application's
 * pages (numbered, at most {@link PageRequest#MAX_SIZE} long), whatever the offset: a grid does
 * not always ask on page boundaries.
 */
public final class PagedFetch {
    private PagedFetch() {
    }

    public static <T> Stream<T> fetch(int offset, int limit, Function<PageRequest, Page<T>> list) {
        if (limit <= 0) {
            return Stream.empty();
        }
        int size = Math.min(limit, PageRequest.MAX_SIZE);
        int page = offset / size;
        int skip = offset % size;
        List<T> rows = new ArrayList<>(limit);
        while (rows.size() < limit) {
            Page<T> result = list.apply(new PageRequest(page, size));
            List<T> items = result.items();
            for (int i = skip; i < items.size() && rows.size() < limit; i++) {
                rows.add(items.get(i));
            }
            if (!result.hasNext()) {
                break;
            }
            page++;
            skip = 0;
        }
        return rows.stream();
    }

    /** How many rows match: one single-row page tells the total. */
    public static int count(Function<PageRequest, Page<?>> list) {
        return (int) Math.min(Integer.MAX_VALUE, list.apply(PageRequest.first(1)).totalItems());
    }
}
