package org.tremplin.adapter.rest.support;

import org.tremplin.domain.error.ErrorCodes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import org.tremplin.domain.error.ConflictException;

/**
 * A record's ETag is its version: optimistic locking over HTTP. Changing a record needs the ETag
 * the caller read, in If-Match, so that nobody overwrites a change they have not seen.
 */
public final class EntityTags {
    public static final String IF_MATCH = "If-Match";

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static <T> MutableHttpResponse<T> tagged(MutableHttpResponse<T> response, long version) {
        return response.header("ETag", of(version));
    }

    /**
     * The version the caller read. A missing If-Match is refused (428); one that names no version of
     * ours can match nothing, so it fails like a stale one (412).
     */
    public static long versionFrom(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException notOurs) {
                // falls through: a tag we never issued
            }
        }
        throw new ConflictException(ErrorCodes.STALE_VERSION, null, "If-Match does not name a current version");
    }

    /** True when If-None-Match already holds the current version: the caller's copy is fresh. */
    public static boolean isFresh(@Nullable String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        String current = of(version);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current) || tag.equals("W/" + current)) {
                return true;
            }
        }
        return false;
    }

    /** 428: a change came without If-Match. */
    public static final class PreconditionRequiredException extends RuntimeException {
        public static final HttpStatus STATUS = HttpStatus.PRECONDITION_REQUIRED;

        PreconditionRequiredException() {
            super("this change needs If-Match with the ETag of the record as read", null, false, false);
        }
    }
}
