package org.tremplin.domain.error;

/**
 * The stable codes of domain errors. Adapters translate these; renaming one breaks clients.
 */
public final class ErrorCodes {
    public static final String REQUIRED = "value.required";
    public static final String TOO_LONG = "value.too-long";
    public static final String OUT_OF_RANGE = "value.out-of-range";
    public static final String BAD_FORMAT = "value.bad-format";
    public static final String DATE_ORDER = "date.order";
    public static final String DATE_IN_FUTURE = "date.in-future";

    public static final String DEPARTEMENT_UNKNOWN = "school.departement-unknown";
    public static final String DEPARTEMENT_NOT_IN_REGION = "school.departement-not-in-region";
    public static final String SCHOOL_TRANSITION = "school.illegal-transition";

    public static final String SIRET_CHECKSUM = "partner.siret-checksum";
    public static final String SIRET_REQUIRED = "partner.siret-required";
    public static final String RNCP_FORMAT = "programme.rncp-format";

    public static final String EMAIL_FORMAT = "person.email-format";
    public static final String TOO_YOUNG = "person.too-young";

    public static final String APPLICANT_TRANSITION = "applicant.illegal-transition";
    public static final String LEARNER_TRANSITION = "learner.illegal-transition";

    public static final String PARITY_SAME_FUNDER = "funding.parity-same-funder";
    public static final String AMOUNT_NOT_POSITIVE = "funding.amount-not-positive";

    public static final String CONTRACT_OVERLAP = "contract.overlap";
    public static final String CONTRACT_ALREADY_BROKEN = "contract.already-broken";
    public static final String CONTRACT_BREAK_OUTSIDE = "contract.break-outside-contract";

    public static final String EMPLOYER_REQUIRED = "outcome.employer-required";
    public static final String EMPLOYER_NOT_APPLICABLE = "outcome.employer-not-applicable";

    public static final String ACCOUNT_MANAGER_NEEDS_SCHOOL = "account.manager-needs-school";
    public static final String ACCOUNT_PASSWORD_LENGTH = "account.password-length";
    public static final String TOKEN_EXPIRY = "token.expiry-out-of-range";
    public static final String TOKEN_SECRET_FORMAT = "token.secret-format";
    public static final String TOKEN_ALREADY_REVOKED = "token.already-revoked";
    public static final String GRANT_EXCEEDS_OWN = "access.grant-exceeds-own";
    public static final String LAST_ADMINISTRATOR = "account.last-administrator";

    private ErrorCodes() {
    }
}
