package org.tremplin.domain.school;

/** A school is planned, then opens, then may close; never the other way round. */
public enum SchoolStatus {
    PLANNED,
    OPEN,
    CLOSED
}
