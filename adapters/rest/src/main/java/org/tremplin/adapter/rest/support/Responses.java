package org.tremplin.adapter.rest.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.net.URI;

/** The shapes of successful answers: a created record with its Location, a record with its ETag. */
public final class Responses {
    private Responses() {
    }

    /** 201: the record now stands at {@code collection/id}. */
    public static <J extends RecordJson> MutableHttpResponse<J> created(String collection, J record) {
        return EntityTags.tagged(HttpResponse.created(record, URI.create(collection + "/" + record.id())),
                record.version());
    }

    public static <J extends RecordJson> MutableHttpResponse<J> ok(J record) {
        return EntityTags.tagged(HttpResponse.ok(record), record.version());
    }

    /** 304 when the caller's copy is current (If-None-Match), else the record. */
    public static <J extends RecordJson> MutableHttpResponse<J> read(String ifNoneMatch, J record) {
        if (EntityTags.isFresh(ifNoneMatch, record.version())) {
            return EntityTags.tagged(HttpResponse.notModified(), record.version());
        }
        return ok(record);
    }
}
