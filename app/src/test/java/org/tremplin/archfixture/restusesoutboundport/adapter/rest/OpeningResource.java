package org.tremplin.archfixture.restusesoutboundport.adapter.rest;

import org.tremplin.archfixture.restusesoutboundport.application.port.out.SchoolEvents;

/** Violation: the REST API notifies through an outbound port, sealed or not. */
public final class OpeningResource {
    private final SchoolEvents events;

    public OpeningResource(SchoolEvents events) {
        this.events = events;
    }

    public void open(String name) {
        events.opened(name);
    }
}
