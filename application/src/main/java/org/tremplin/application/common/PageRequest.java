package org.tremplin.application.common;

import org.tremplin.domain.shared.Require;

/** Which page of a list to return; pages count from 0. Sizes are capped so no caller can ask for everything. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        Require.between(page, 0, Integer.MAX_VALUE / MAX_SIZE, "page");
        Require.between(size, 1, MAX_SIZE, "size");
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
