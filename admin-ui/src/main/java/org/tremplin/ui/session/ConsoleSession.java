package org.tremplin.ui.session;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** Who is signed in to the current Vaadin session; signing in and out. */
public final class ConsoleSession {
    private ConsoleSession() {
    }

    /** The signed-in user of the session the current thread serves, if any. */
    public static Optional<ConsoleUser> user() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(ConsoleUser.class));
    }

    /**
     * Keeps {@code user} in the session, under a new session id: an id that an attacker planted
     * before sign-in (session fixation) is worth nothing after it.
     */
    public static void signIn(ConsoleUser user, SessionIdRenewal renewal) {
        renewal.renew();
        VaadinSession.getCurrent().setAttribute(ConsoleUser.class, user);
    }

    /** Forgets the user and ends the HTTP session; the caller then leaves for the sign-in page. */
    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(ConsoleUser.class, null);
        session.getSession().invalidate();
    }
}
