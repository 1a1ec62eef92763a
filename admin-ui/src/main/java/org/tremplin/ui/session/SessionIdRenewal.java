package org.tremplin.ui.session;

/**
 * Gives the HTTP session a new id at sign-in, so that an id planted before it (session fixation)
 * is worth nothing after it. The running console uses {@link ServletSessionIdRenewal}.
 */
@FunctionalInterface
public interface SessionIdRenewal {
    void renew();
}
