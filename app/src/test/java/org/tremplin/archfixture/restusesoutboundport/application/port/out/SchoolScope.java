package org.tremplin.archfixture.restusesoutboundport.application.port.out;

/** A sealed interface of records only: still a type of port.out, so refused in the REST API. */
public sealed interface SchoolScope {
    record Network() implements SchoolScope {
    }

    record OfRegion(String region) implements SchoolScope {
    }
}
