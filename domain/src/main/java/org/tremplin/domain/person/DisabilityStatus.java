package org.tremplin.domain.person;

/**
 * Whether the person holds a recognised disability (RQTH). This is health data: it is kept apart
 * from the inclusion profile and only shown to callers explicitly allowed to see it.
 */
public enum DisabilityStatus {
    RECOGNISED,
    NOT_RECOGNISED,
    UNDISCLOSED
}
