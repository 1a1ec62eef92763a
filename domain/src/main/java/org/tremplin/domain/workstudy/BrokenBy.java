package org.tremplin.domain.workstudy;

/** Who ended a work-study contract before its term. */
public enum BrokenBy {
    EMPLOYER,
    APPRENTICE,
    MUTUAL_AGREEMENT,
    OTHER
}
