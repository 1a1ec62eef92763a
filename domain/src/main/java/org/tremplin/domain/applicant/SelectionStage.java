package org.tremplin.domain.applicant;

import java.util.List;

/**
 * The selection funnel: applied, pre-selected, selected, enrolled; or rejected or withdrawn at any
 * stage before enrolment.
 */
public enum SelectionStage {
    APPLIED,
    PRESELECTED,
    SELECTED,
    ENROLLED,
    REJECTED,
    WITHDREW;

    /** The stages of the funnel proper, in order. */
    public static final List<SelectionStage> FUNNEL = List.of(APPLIED, PRESELECTED, SELECTED, ENROLLED);

    public boolean isFinal() {
        return this == ENROLLED || this == REJECTED || this == WITHDREW;
    }

    public boolean canMoveTo(SelectionStage next) {
        if (isFinal()) {
            return false;
        }
        return switch (next) {
            case REJECTED, WITHDREW -> true;
            case PRESELECTED -> this == APPLIED;
            case SELECTED -> this == PRESELECTED;
            case ENROLLED -> this == SELECTED;
            case APPLIED -> false;
        };
    }
}
