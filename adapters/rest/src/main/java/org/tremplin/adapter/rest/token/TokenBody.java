package org.tremplin.adapter.rest.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A token to issue: what it may do ({@code scopes}, such as READ_INDICATORS or WRITE_OUTCOMES),
 * optionally for some schools only, until when ({@code expiresAt}, an instant with offset).
 */
@Serdeable
public record TokenBody(@Nullable String name, @Nullable List<String> scopes, @Nullable List<String> schools,
                        @Nullable String expiresAt) {
}
