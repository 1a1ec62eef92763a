package org.tremplin.archfixture.uiusesoutboundport.application.port.in;

/** A plain record of port.out: allowed in the console. */
public record SchoolFilter(String text) {
}
