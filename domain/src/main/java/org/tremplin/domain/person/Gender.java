package org.tremplin.domain.person;

/** Gender as the person declares it; declaring none is a legitimate answer. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    UNDISCLOSED
}
