package org.tremplin.adapter.rest.support;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;
import org.tremplin.application.common.Page;

/** One page of a list, with what a caller needs to page on: the total count across all pages. */
@Serdeable
public record PageJson<T>(List<T> items, int page, int size, long totalItems, long totalPages, boolean hasNext) {

    public static <D, T> PageJson<T> of(Page<D> page, Function<? super D, T> toJson) {
        return new PageJson<>(page.items().stream().<T>map(toJson).toList(), page.request().page(),
                page.request().size(), page.totalItems(), page.totalPages(), page.hasNext());
    }
}
