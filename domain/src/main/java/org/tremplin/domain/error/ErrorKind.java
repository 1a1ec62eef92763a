package org.tremplin.domain.error;

/**
 * What went wrong, in the few kinds that every driving adapter translates in one place
 * (REST: the HTTP status of a problem+json; console: a message beside the field or a dialog).
 */
public enum ErrorKind {
    /** A value is malformed or missing: the caller can fix the named field. */
    INVALID,
    /** The values are well formed but a business rule refuses the change. */
    RULE_VIOLATED,
    /** The thing asked for does not exist (or is not visible to the caller). */
    NOT_FOUND,
    /** Someone else changed or took it first: reload and try again. */
    CONFLICT,
    /** The caller is not allowed to do this. */
    FORBIDDEN,
    /** A service the application needs (the database, say) is not answering. */
    UNAVAILABLE
}
