package org.tremplin.application.access;

import org.tremplin.domain.access.ApiToken;
import java.util.Objects;

/**
 * A token just issued, with its secret: the only time the secret is known. Hand it to the
 * integrator, then forget it; the application keeps only its hash.
 */
public record IssuedApiToken(ApiToken token, String secret) {
    public IssuedApiToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    /** Never the secret itself, so that it cannot end up in a log by accident. */
    @Override
    public String toString() {
        return "IssuedApiToken[token=" + token + ", secret=" + token.secretPrefix() + "…]";
    }
}
