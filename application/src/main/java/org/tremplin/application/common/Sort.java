package org.tremplin.application.common;

import java.util.Objects;

/**
 * The order of a list, on one of the keys that list offers. Equal keys are always ordered by id,
 * so that paging through a list never skips nor repeats an item.
 */
public record Sort<K extends Enum<K>>(K key, SortDirection direction) {
    public Sort {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
    }

    public static <K extends Enum<K>> Sort<K> ascending(K key) {
        return new Sort<>(key, SortDirection.ASCENDING);
    }

    public static <K extends Enum<K>> Sort<K> descending(K key) {
        return new Sort<>(key, SortDirection.DESCENDING);
    }

    public boolean isAscending() {
        return direction == SortDirection.ASCENDING;
    }
}
