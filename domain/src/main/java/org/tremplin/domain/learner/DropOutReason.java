package org.tremplin.domain.learner;

/** Why a learner left before the end. A closed list: free text would invite personal details. */
public enum DropOutReason {
    FOUND_EMPLOYMENT,
    NO_WORK_STUDY_HOST,
    PERSONAL_OR_FAMILY,
    HEALTH,
    FINANCIAL,
    RELOCATION,
    PROGRAMME_NOT_SUITED,
    EXCLUDED,
    OTHER
}
