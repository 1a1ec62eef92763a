package org.tremplin.archfixture.restusesoutboundport.adapter.rest;

import org.tremplin.archfixture.restusesoutboundport.application.port.in.SchoolFilter;

/** Conforming neighbour: uses only the filter record, must not be reported. */
public final class FilterParameters {
    private FilterParameters() {
    }

    public static SchoolFilter filter(String text) {
        return new SchoolFilter(text == null ? "" : text);
    }
}
