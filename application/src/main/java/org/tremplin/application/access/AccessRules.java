package org.tremplin.application.access;

import java.util.Optional;
import java.util.Set;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.school.SchoolId;

/** What administering accounts and administering tokens both demand of the caller and of a grant. */
final class AccessRules {
    private AccessRules() {
    }

    /** Access is managed for the whole network: a caller limited to some schools could widen their own reach. */
    static Actor administrator(UseCaseSupport support) {
        Actor actor = support.require(Permission.MANAGE_ACCESS);
        actor.requireWholeNetwork();
        return actor;
    }

    static void requireGrantable(Actor actor, Set<Permission> granted) {
        if (!actor.permissions().containsAll(granted)) {
            throw new ForbiddenException(ErrorCodes.GRANT_EXCEEDS_OWN, "nobody grants a permission they do not hold");
        }
    }

    static void requireSchoolsExist(Schools schools, Optional<Set<SchoolId>> scope) {
        scope.ifPresent(ids -> ids.forEach(id -> {
            if (schools.findById(id).isEmpty()) {
                throw new NotFoundException("school", id);
            }
        }));
    }
}
