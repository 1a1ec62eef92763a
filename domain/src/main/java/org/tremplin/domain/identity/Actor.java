package org.tremplin.domain.identity;

import org.tremplin.domain.error.ErrorCodes;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.domain.school.SchoolId;

/**
 * Who is calling: an administrator signed in to the console, an integrator's API token, or the
 * system itself. {@code schools} limits the caller to some schools; empty means the whole network.
 *
 * @param name a pseudonymous identifier for the audit trail (an account or token id), never an e-mail
 */
public record Actor(String name, Set<Permission> permissions, Optional<Set<SchoolId>> schools) {

    public Actor {
        Objects.requireNonNull(name, "name");
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        schools = schools.map(Set::copyOf);
    }

    /** The application itself, for start-up work such as loading demo data. */
    public static Actor system() {
        return new Actor("system", EnumSet.allOf(Permission.class), Optional.empty());
    }

    /** Nobody: the default when no driving adapter said who calls. Allowed nothing. */
    public static Actor anonymous() {
        return new Actor("anonymous", Set.of(), Optional.of(Set.of()));
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean mayAccess(SchoolId school) {
        return schools.map(allowed -> allowed.contains(school)).orElse(true);
    }

    public void require(Permission permission) {
        if (!may(permission)) {
            throw new ForbiddenException(ErrorCodes.PERMISSION_MISSING, "this needs the permission " + permission);
        }
    }

    public void requireSchool(SchoolId school) {
        if (!mayAccess(school)) {
            throw new ForbiddenException(ErrorCodes.SCHOOL_OUT_OF_SCOPE, "this school is outside the caller's scope");
        }
    }

    /** Refuses a caller limited to some schools: for what concerns the whole network. */
    public void requireWholeNetwork() {
        if (schools.isPresent()) {
            throw new ForbiddenException(ErrorCodes.NETWORK_WIDE_ONLY, "this is for network-wide callers only");
        }
    }

    /**
     * The schools a list may show: those {@code requested} (all when empty) within the caller's
     * scope. A request outside the scope yields an empty set, never a wider list.
     */
    public Optional<Set<SchoolId>> narrow(Optional<Set<SchoolId>> requested) {
        if (schools.isEmpty()) {
            return requested;
        }
        if (requested.isEmpty()) {
            return schools;
        }
        return Optional.of(requested.get().stream().filter(schools.get()::contains).collect(Collectors.toUnmodifiableSet()));
    }
}
