package org.tremplin.adapter.rest.token;

import io.micronaut.serde.annotation.Serdeable;

/** The answer to issuing a token: the only time its secret is ever shown. Store it now. */
@Serdeable
public record IssuedTokenJson(String secret, TokenJson token) {
}
