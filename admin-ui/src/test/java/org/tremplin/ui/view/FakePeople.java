package org.tremplin.ui.view;

import java.util.EnumSet;
import java.util.Optional;
import org.tremplin.application.access.Actor;
import org.tremplin.application.access.Permission;

/** Who the people fakes answer as: a caller who may, or may not, read health data (the RQTH status). */
final class FakePeople {
    private FakePeople() {
    }

    static Actor caller(boolean healthData) {
        return healthData ? Actor.system()
                : new Actor("fake", EnumSet.complementOf(EnumSet.of(Permission.READ_HEALTH_DATA)), Optional.empty());
    }
}
