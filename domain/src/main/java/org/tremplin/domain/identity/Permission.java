package org.tremplin.domain.identity;

/**
 * What a caller may do. Roles of the console and scopes of API tokens are sets of these; the use
 * cases check them, so that no driving adapter can forget to.
 */
public enum Permission {
    /** Schools, programmes, cohorts and partners: no personal data. */
    READ_NETWORK,
    MANAGE_NETWORK,
    /** Applicants and learners: names, e-mail addresses, inclusion profiles. */
    READ_PERSONAL_DATA,
    MANAGE_LEARNERS,
    /** Recognised disability (RQTH): health data, never granted implicitly. */
    READ_HEALTH_DATA,
    READ_FUNDING,
    MANAGE_FUNDING,
    READ_CONTRACTS,
    MANAGE_CONTRACTS,
    READ_OUTCOMES,
    WRITE_OUTCOMES,
    READ_INDICATORS,
    /** Administrator accounts and API tokens. */
    MANAGE_ACCESS
}
