package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.error.ErrorCodes;

/**
 * The paging and sorting parameters every list shares: {@code page} (from 0), {@code size} (1 to
 * {@value PageRequest#MAX_SIZE}) and {@code sort} ({@code key} ascending, {@code -key} descending).
 */
public final class Listing {
    private Listing() {
    }

    public static PageRequest page(Parameters parameters, @Nullable String page, @Nullable String size) {
        int number = parameters.integer("page", page).orElse(0);
        int length = parameters.integer("size", size).orElse(PageRequest.DEFAULT_SIZE);
        boolean pageValid = number >= 0;
        boolean sizeValid = length >= 1 && length <= PageRequest.MAX_SIZE;
        if (!pageValid) {
            parameters.reject("page", ErrorCodes.OUT_OF_RANGE, "page counts from 0");
        }
        if (!sizeValid) {
            parameters.reject("size", ErrorCodes.OUT_OF_RANGE, "size must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return pageValid && sizeValid ? new PageRequest(number, length) : null;
    }

    public static <K extends Enum<K>> Sort<K> sort(Parameters parameters, @Nullable String raw, Class<K> keys,
                                                   Sort<K> byDefault) {
        if (raw == null || raw.isBlank()) {
            return byDefault;
        }
        String text = raw.trim();
        boolean descending = text.startsWith("-");
        String name = (descending ? text.substring(1) : text).replace('-', '_').toUpperCase(Locale.ROOT);
        for (K key : keys.getEnumConstants()) {
            if (key.name().equals(name)) {
                return descending ? Sort.descending(key) : Sort.ascending(key);
            }
        }
        parameters.reject("sort", ErrorCodes.BAD_FORMAT, "sort must be one of " + Arrays.stream(keys.getEnumConstants())
                .map(Listing::parameterName).collect(Collectors.joining(", ")) + ", with - in front for descending");
        return byDefault;
    }

    public static String parameterName(Enum<?> key) {
        return key.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
