package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import java.time.Instant;
import java.util.Optional;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;

/**
 * What every list is asked besides its own filters: records changed since an instant
 * ({@code updated-since}), the order ({@code sort}), the page ({@code page}, {@code size}) and the
 * format ({@code Accept}, with {@code csvFlavour} for CSV). A list method takes it as one
 * {@code @RequestBean} parameter, so that these names are bound, and documented in the OpenAPI
 * document, the same way on every list.
 *
 * <p>Each value stays the text the caller sent: reading it records what is unreadable in the
 * list's {@link Parameters}, so that one 400 names every bad parameter, the filters' too.
 *
 * <p>{@code @Introspected} because Micronaut builds a request bean through its compile-time
 * introspection; the binding annotations on the components are what the OpenAPI processor reads.
 */
@Introspected
public record ListQuery(@Nullable @QueryValue("updated-since") String updatedSince,
                        @Nullable @QueryValue String sort,
                        @Nullable @QueryValue String page,
                        @Nullable @QueryValue String size,
                        @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                        @Nullable @QueryValue String csvFlavour) {

    /** The {@code updated-since} filter every list has. */
    public Optional<Instant> updatedSince(Parameters parameters) {
        return parameters.instant("updated-since", updatedSince);
    }

    public <K extends Enum<K>> Sort<K> sort(Parameters parameters, Class<K> keys, Sort<K> byDefault) {
        return Listing.sort(parameters, sort, keys, byDefault);
    }

    public PageRequest pageRequest(Parameters parameters) {
        return Listing.page(parameters, page, size);
    }

    public boolean wantsCsv() {
        return CsvDownloads.wanted(accept);
    }
}
