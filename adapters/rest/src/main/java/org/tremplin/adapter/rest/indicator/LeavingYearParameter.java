package org.tremplin.adapter.rest.indicator;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.indicator.LeavingYear;

/**
 * The {@code leaving-year} query parameter: the school year of leavers, named by the calendar year
 * it ends in ({@code 2024} for 1 September 2023 to 31 August 2024). The range is the domain's;
 * its refusals are reported under the parameter's name, which is the one the caller knows.
 */
final class LeavingYearParameter {
    static final String NAME = "leaving-year";

    /**
     * ASCII digits only: {@link Integer#parseInt} would also take a sign and other scripts' digits,
     * which no caller means as a year.
     */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private LeavingYearParameter() {
    }

    /**
     * None when the parameter is not sent: the report then counts every leaver. Sent empty, it is
     * refused rather than taken as absent, since the caller meant to pick a year.
     */
    static Optional<LeavingYear> read(Parameters parameters, @Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (!DIGITS.matcher(text).matches()) {
            parameters.reject(NAME, ErrorCodes.BAD_FORMAT,
                    NAME + " must be a year such as 2024 (the school year from 1 September 2023 to 31 August 2024)");
            return Optional.empty();
        }
        try {
            return Optional.of(new LeavingYear(Integer.parseInt(text)));
        } catch (InvalidValueException refused) {
            refused.violations().forEach(violation -> parameters.reject(NAME, violation.code(), asParameter(violation)));
            return Optional.empty();
        }
    }

    /** The domain names the value {@code leavingYear}; the caller sent {@code leaving-year}. */
    private static String asParameter(FieldViolation violation) {
        return violation.message().replace(violation.field(), NAME);
    }
}
