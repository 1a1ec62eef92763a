package org.tremplin.archfixture.restusesoutboundport.adapter.rest;

import org.tremplin.archfixture.restusesoutboundport.application.port.out.SchoolScope;

/** Conforming neighbour: uses a sealed interface of records from port.out, must not be reported. */
public final class ScopeParameters {
    private ScopeParameters() {
    }

    public static SchoolScope scope(String region) {
        return region == null ? new SchoolScope.Network() : new SchoolScope.OfRegion(region);
    }
}
