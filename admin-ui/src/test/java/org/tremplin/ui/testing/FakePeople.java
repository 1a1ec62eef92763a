package org.tremplin.ui.testing;

import java.util.EnumSet;
import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;

/** Who the people fakes answer as and check the typed details for, as the use cases do. */
public final class FakePeople {
    private FakePeople() {
    }

    /** Whom a fake's answer is shaped for: a caller who may, or may not, read health data (the RQTH status). */
    public static Actor caller(boolean healthData) {
        return healthData ? Actor.system()
                : new Actor("fake", EnumSet.complementOf(EnumSet.of(Permission.READ_HEALTH_DATA)), Optional.empty());
    }

    /** The signed-in user, whose permissions decide whether an RQTH status may be given. */
    public static Actor signedIn() {
        return ConsoleSession.user().map(ConsoleUser::actor).orElseGet(Actor::anonymous);
    }
}
