package org.tremplin.archfixture.restusesoutboundport.application.port.in;

/** A plain record of port.out: allowed in the REST API. */
public record SchoolFilter(String text) {
}
