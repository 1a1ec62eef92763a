package org.tremplin.archfixture.domainusesframework.domain;

/** Conforming neighbour: must not be reported. */
public record GoodSchool(String name) {
}
