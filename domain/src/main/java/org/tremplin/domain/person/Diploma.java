package org.tremplin.domain.person;

/** Highest diploma obtained before entering the programme. */
public enum Diploma {
    NONE,
    BELOW_BAC,
    BAC,
    BAC_PLUS_2,
    BAC_PLUS_3_OR_MORE;

    /** No diploma or below the baccalauréat: the public the programme most wants to reach. */
    public boolean isBelowBac() {
        return this == NONE || this == BELOW_BAC;
    }
}
