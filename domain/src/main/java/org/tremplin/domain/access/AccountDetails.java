package org.tremplin.domain.access;

import org.tremplin.domain.identity.Role;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.school.SchoolId;

/**
 * What an administrator types about an account; the use case validates it.
 *
 * @param schools the schools the account is limited to; empty for the whole network
 */
public record AccountDetails(String email, String displayName, Role role, Optional<Set<SchoolId>> schools) {

    /** Leaves the e-mail address and the name out: they are personal data. */
    @Override
    public String toString() {
        return "AccountDetails[role=" + role + ", schools=" + schools + "]";
    }
}
