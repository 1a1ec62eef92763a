package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;

/**
 * What a PUT or DELETE of a record is asked besides its body: the record ({@code id} in the path) and the
 * version the caller read ({@code If-Match}). Taken as one {@code @RequestBean} parameter, like
 * {@link ListQuery}.
 */
@Introspected
public record RecordChange(@PathVariable String id, @Nullable @Header(EntityTags.IF_MATCH) String ifMatch) {
}
