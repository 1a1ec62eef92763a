package org.tremplin.domain.learner;

/** Where a learner is in the programme: enrolled, in centre, in work-study, then graduated; or dropped out. */
public enum LearnerStatus {
    ENROLLED,
    IN_CENTRE,
    IN_WORK_STUDY,
    GRADUATED,
    DROPPED_OUT;

    public boolean hasLeft() {
        return this == GRADUATED || this == DROPPED_OUT;
    }
}
