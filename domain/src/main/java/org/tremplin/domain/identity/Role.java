package org.tremplin.domain.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a person signed in to the console may do, as a set of permissions. */
public enum Role {
    /** Everything, access management included. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /**
     * Runs one or more schools: everything but access management, health data included because
     * school managers arrange the accommodations of learners with a recognised disability.
     */
    SCHOOL_MANAGER(EnumSet.complementOf(EnumSet.of(Permission.MANAGE_ACCESS))),
    /** A funder following its investment: the network, the funding and the indicators, no personal data. */
    FUNDER_VIEWER(EnumSet.of(Permission.READ_NETWORK, Permission.READ_FUNDING, Permission.READ_INDICATORS));

    private final Set<Permission> permissions;

    Role(EnumSet<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
