package org.tremplin.archfixture.coreprints.application;

/** Violation: java.util.logging without a logger field. */
public final class Graduation {
    public void graduate(String learner) {
        java.util.logging.Logger.getLogger("graduation").info("graduating " + learner);
    }
}
