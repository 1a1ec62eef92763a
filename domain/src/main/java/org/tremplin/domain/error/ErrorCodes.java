package org.tremplin.domain.error;

/**
 * The catalogue of error codes: every code a caller can receive, from the domain, the use cases, the
 * adapters or the protocol, is a constant of this class (the codes of records not found and of
 * unique values taken follow one pattern each, {@link #notFound} and {@link #taken}). Clients
 * branch on these codes and each driving adapter translates them in one place, so renaming one
 * breaks clients: {@code ErrorCodesTest} pins them all.
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

    // Access: who may do what.
    public static final String PERMISSION_MISSING = "access.permission-missing";
    public static final String SCHOOL_OUT_OF_SCOPE = "access.school-out-of-scope";
    public static final String NETWORK_WIDE_ONLY = "access.network-wide-only";
    /** Granting, or acting on an account that holds, a permission the caller does not hold. */
    public static final String GRANT_EXCEEDS_OWN = "access.grant-exceeds-own";
    /** Disabling or demoting the last enabled, network-wide administrator: nobody could manage access any more. */
    public static final String LAST_ADMINISTRATOR = "account.last-administrator";

    // Rules a use case checks across records.
    /** A follow-up for a learner who has not left the school yet. */
    public static final String LEARNER_NOT_LEFT = "outcome.learner-not-left";
    /** A contract hosted by a partner not engaged as a host. */
    public static final String HOST_NOT_ENGAGED = "contract.host-not-engaged";
    /** A commitment from a partner not engaged as a funder. */
    public static final String FUNDER_NOT_ENGAGED = "funding.funder-not-engaged";
    /** A commitment naming a cohort of another school than the one it funds. */
    public static final String COHORT_OF_OTHER_SCHOOL = "funding.cohort-of-other-school";

    // Records: concurrent changes, unique values, references.
    public static final String STALE_VERSION = "record.stale-version";
    public static final String ALREADY_EXISTS = "record.already-exists";
    /** A unique value taken, where the database cannot tell which field. */
    public static final String DUPLICATE = "record.duplicate";
    public static final String REFERENCE_MISSING = "record.reference-missing";
    public static final String IN_USE = "record.in-use";
    public static final String LEARNER_EMAIL_TAKEN = "learner.email-taken";
    public static final String ACCOUNT_EMAIL_TAKEN = "account.email-taken";
    public static final String TOKEN_SECRET_TAKEN = "token.secret-taken";
    public static final String SCHOOL_NOT_FOUND = "school.not-found";
    public static final String PROGRAMME_NOT_FOUND = "programme.not-found";
    public static final String COHORT_NOT_FOUND = "cohort.not-found";
    public static final String APPLICANT_NOT_FOUND = "applicant.not-found";
    public static final String LEARNER_NOT_FOUND = "learner.not-found";
    public static final String PARTNER_NOT_FOUND = "partner.not-found";
    public static final String FUNDING_COMMITMENT_NOT_FOUND = "funding-commitment.not-found";
    public static final String PARITY_RULE_NOT_FOUND = "parity-rule.not-found";
    public static final String WORK_STUDY_CONTRACT_NOT_FOUND = "work-study-contract.not-found";
    public static final String EMPLOYMENT_OUTCOME_NOT_FOUND = "employment-outcome.not-found";
    public static final String ACCOUNT_NOT_FOUND = "account.not-found";
    public static final String TOKEN_NOT_FOUND = "token.not-found";

    // Imports of files.
    /** The header names a column the import does not know (a typo, or a file meant for another import). */
    public static final String IMPORT_COLUMN_UNKNOWN = "import.column-unknown";
    /** A required column is absent from the header, or empty on every row. */
    public static final String IMPORT_COLUMN_MISSING = "import.column-missing";
    /** Two rows of the file describe the same record (same learner e-mail; same learner and date). */
    public static final String IMPORT_DUPLICATE_IN_FILE = "import.duplicate-in-file";
    /** The row describes a record already stored (an outcome of the same learner on the same day). */
    public static final String IMPORT_ALREADY_RECORDED = "import.already-recorded";
    /** Some rows are invalid, so nothing was imported: each row's errors come with it. */
    public static final String IMPORT_ROWS_INVALID = "import.rows-invalid";

    // Idempotency keys of retried requests.
    /** The key was used before with another request. */
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency.key-reused";
    /** The first request with this key is still being worked on. */
    public static final String IDEMPOTENCY_IN_PROGRESS = "idempotency.in-progress";
    /** The key was not claimed, or its claim expired, before the answer was stored. */
    public static final String IDEMPOTENCY_NOT_CLAIMED = "idempotency.not-claimed";

    // The system itself.
    public static final String SERVICE_UNAVAILABLE = "service.unavailable";

    private ErrorCodes() {
    }

    /** The code of a record of this type (its audit name: {@code school}, {@code work-study-contract}...) not found. */
    public static String notFound(String recordType) {
        return recordType + ".not-found";
    }

    /** The code of a unique value of a record type taken by another record of that type. */
    public static String taken(String recordType, String field) {
        return recordType + "." + field + "-taken";
    }

    /**
     * The codes of requests refused by a driving adapter before any use case runs: the protocol's,
     * not the network's rules, so the console never shows them.
     */
    public static final class Requests {
        public static final String MALFORMED = "request.malformed";
        public static final String REFUSED = "request.refused";
        public static final String TOO_LARGE = "request.too-large";
        public static final String IF_MATCH_REQUIRED = "request.if-match-required";
        public static final String UNAUTHENTICATED = "access.unauthenticated";
        public static final String FORBIDDEN = "access.forbidden";
        public static final String ROUTE_NOT_FOUND = "route.not-found";
        public static final String METHOD_NOT_ALLOWED = "route.method-not-allowed";
        public static final String MEDIA_TYPE_NOT_ACCEPTABLE = "media-type.not-acceptable";
        public static final String MEDIA_TYPE_UNSUPPORTED = "media-type.unsupported";
        public static final String SERVER_ERROR = "server.error";

        private Requests() {
        }
    }
}
