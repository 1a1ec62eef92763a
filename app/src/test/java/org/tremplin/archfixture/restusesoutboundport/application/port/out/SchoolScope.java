package org.tremplin.archfixture.restusesoutboundport.application.port.out;

/** A sealed interface of records only: a value type of port.out, allowed in the REST API. */
public sealed interface SchoolScope {
    record Network() implements SchoolScope {
    }

    record OfRegion(String region) implements SchoolScope {
    }
}
