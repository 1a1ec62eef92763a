package org.tremplin.archfixture.coreprints.application;

import java.util.logging.Logger;

/** Violation: java.util.logging in a use case. */
public final class Enrolment {
    private static final Logger LOG = Logger.getLogger(Enrolment.class.getName());

    public void enrol(String learner) {
        LOG.info("enrolling " + learner);
    }
}
