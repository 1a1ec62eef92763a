package org.tremplin.archfixture.exceptionnaming.domain.error;

/** Conforming neighbour. */
public class SchoolNotFoundException extends RuntimeException {
    public SchoolNotFoundException(String id) {
        super("no school " + id);
    }
}
