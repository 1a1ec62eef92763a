package org.tremplin.application.common;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, page after page: a page is asked for only when the stream reaches it, so
 * that an export holds one page at a time, never the whole list.
 */
public final class AllPages {
    private AllPages() {
    }

    /** The items of {@code fetch}'s pages of {@link PageRequest#MAX_SIZE}, first page first. */
    public static <T> Stream<T> of(Function<PageRequest, Page<T>> fetch) {
        return of(fetch, PageRequest.MAX_SIZE);
    }

    public static <T> Stream<T> of(Function<PageRequest, Page<T>> fetch, int pageSize) {
        Iterator<List<T>> pages = new Iterator<>() {
            private PageRequest next = PageRequest.first(pageSize);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<T> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Page<T> page = fetch.apply(next);
                next = page.hasNext() && !page.items().isEmpty() ? new PageRequest(next.page() + 1, pageSize) : null;
                return page.items();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(List::stream);
    }
}
