package org.tremplin.adapter.rest.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.net.URI;

/** The shapes of successful answers: a created record with its Location, a record with its ETag. */
public final class Responses {
    private Responses() {
    }

    public static <T> MutableHttpResponse<T> created(String location, T body, long version) {
        return EntityTags.tagged(HttpResponse.created(body, URI.create(location)), version);
    }

    public static <T> MutableHttpResponse<T> ok(T body, long version) {
        return EntityTags.tagged(HttpResponse.ok(body), version);
    }

    /** 304 when the caller's copy is current (If-None-Match), else the record. */
    public static <T> MutableHttpResponse<T> read(String ifNoneMatch, T body, long version) {
        if (EntityTags.isFresh(ifNoneMatch, version)) {
            return EntityTags.tagged(HttpResponse.notModified(), version);
        }
        return ok(body, version);
    }
}
