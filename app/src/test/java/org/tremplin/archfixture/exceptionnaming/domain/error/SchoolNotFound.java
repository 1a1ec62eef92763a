package org.tremplin.archfixture.exceptionnaming.domain.error;

/** Violation: an exception whose name does not say so. */
public class SchoolNotFound extends RuntimeException {
    public SchoolNotFound(String id) {
        super("no school " + id);
    }
}
