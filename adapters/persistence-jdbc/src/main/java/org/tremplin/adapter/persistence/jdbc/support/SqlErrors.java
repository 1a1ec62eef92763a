package org.tremplin.adapter.persistence.jdbc.support;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.regex.Pattern;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.UnavailableException;
import org.tremplin.domain.error.TremplinException;

/**
 * Turns what the database refused into the application's errors, for {@link UnitOfWork}, the one
 * place that catches what the database throws. The database's own message is never passed on: a
 * duplicate-key message quotes the value, which may be an e-mail address.
 */
public final class SqlErrors {
    private static final int DUPLICATE_KEY = 1062;
    private static final int MISSING_PARENT = 1452;
    private static final int ROW_IN_USE = 1451;
    private static final Pattern KEY_NAME = Pattern.compile("for key '(?:[^'.]*\\.)?([^']+)'");

    /** Unique keys of the schema, by name: the record and the field a clash is reported on. */
    private static final Map<String, String[]> UNIQUE_KEYS = Map.of(
            "uk_school_name", new String[] {"school", "name"},
            "uk_cohort_school_name", new String[] {"cohort", "name"},
            "uk_applicant_cohort_email", new String[] {"applicant", "email"},
            "uk_learner_email", new String[] {"learner", "email"},
            "uk_partner_siret", new String[] {"partner", "siret"},
            "uk_user_account_email", new String[] {"account", "email"},
            "uk_api_token_secret_hash", new String[] {"token", "secret"});

    private SqlErrors() {
    }

    /**
     * The application's error for a failure of the database, or the failure itself when it is
     * not one the application knows how to explain (a bug, to be seen as such).
     */
    public static RuntimeException translate(RuntimeException failure, String recordType, Object id) {
        if (failure instanceof TremplinException) {
            return failure;
        }
        SQLException cause = sqlCause(failure);
        if (cause == null) {
            return isConnectionFailure(failure) ? unavailable(failure) : failure;
        }
        if (isConnectionFailure(cause)) {
            return unavailable(failure);
        }
        if (cause.getErrorCode() == DUPLICATE_KEY) {
            var key = KEY_NAME.matcher(String.valueOf(cause.getMessage()));
            String name = key.find() ? key.group(1) : "";
            if (name.equals("PRIMARY")) {
                return ConflictException.alreadyExists(recordType, id);
            }
            String[] field = UNIQUE_KEYS.get(name);
            return field == null ? new ConflictException(ErrorCodes.DUPLICATE, null, "a value that must be unique is taken")
                    : ConflictException.taken(field[0], field[1]);
        }
        if (cause.getErrorCode() == MISSING_PARENT) {
            return new ConflictException(ErrorCodes.REFERENCE_MISSING, null,
                    "the " + recordType + " refers to a record that does not exist");
        }
        if (cause.getErrorCode() == ROW_IN_USE) {
            return new ConflictException(ErrorCodes.IN_USE, null, "other records still refer to this " + recordType);
        }
        return failure;
    }

    /** Whether the database refused a row because a unique or primary key already holds its value. */
    public static boolean isDuplicateKey(Throwable failure) {
        SQLException cause = sqlCause(failure);
        return cause != null && cause.getErrorCode() == DUPLICATE_KEY;
    }

    /** Whether the database, or its driver, refused a statement (rather than the code around it failing). */
    public static boolean isSqlFailure(Throwable failure) {
        return sqlCause(failure) != null;
    }

    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof SQLTransientConnectionException || current instanceof SQLNonTransientConnectionException
                    || current instanceof java.net.ConnectException
                    || current instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || current.getClass().getSimpleName().equals("CannotGetJdbcConnectionException")
                    || current.getClass().getSimpleName().equals("CommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    private static UnavailableException unavailable(Throwable failure) {
        return new UnavailableException("the database is not answering; try again in a moment", failure);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
