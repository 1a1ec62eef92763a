package org.tremplin.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;

/** An e-mail address, kept in lower case so that uniqueness does not depend on case. */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;
    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is not our job.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        value = Require.text(value, "email", MAX_LENGTH).toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", ErrorCodes.EMAIL_FORMAT, "email is not an e-mail address");
        }
    }

    @Override
    public String toString() {
        return "EmailAddress[redacted]";
    }
}
