package org.tremplin.application.access;

import java.util.Optional;
import org.tremplin.domain.identity.Actor;

/**
 * Inbound port: tells who a request comes from. Needs no permission (it is how a caller gets
 * some); a driving adapter calls it before anything else and runs the request as the actor it
 * returns. It never says why a sign-in was refused beyond a lock, and never whether an e-mail
 * address belongs to an account.
 */
public interface Authentication {
    /** The token's actor when the secret is a token's and that token is usable now; empty otherwise. */
    Optional<Actor> authenticateToken(String secret);

    SignInResult signIn(String email, String password);
}
