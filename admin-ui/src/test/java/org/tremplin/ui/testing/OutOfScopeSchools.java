package org.tremplin.ui.testing;

import java.util.Collection;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.domain.school.SchoolId;

/** The refusal the use cases give for a school outside the caller's scope, as the fakes give it too. */
public final class OutOfScopeSchools {
    private OutOfScopeSchools() {
    }

    /** Refuses if the school is among those the test put out of the caller's scope. */
    public static void refuseIfAmong(Collection<SchoolId> outOfScope, SchoolId school) {
        if (outOfScope.contains(school)) {
            throw new ForbiddenException("access.school-out-of-scope", "this school is outside the caller's scope");
        }
    }
}
