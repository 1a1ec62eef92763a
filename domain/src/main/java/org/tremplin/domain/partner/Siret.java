package org.tremplin.domain.partner;

import java.util.regex.Pattern;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.shared.Require;

/**
 * A French establishment number: 14 digits (the 9-digit SIREN and a 5-digit establishment
 * number) whose Luhn checksum holds. La Poste's establishments (SIREN 356000000) follow their
 * own rule: the sum of the digits is a multiple of 5.
 */
public record Siret(String value) {
    // People paste SIRETs as printed: "732 829 320 00074", often with non-breaking spaces.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");
    private static final Pattern DIGITS = Pattern.compile("^\\d{14}$");
    private static final int MAX_TYPED_LENGTH = 40;
    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        value = Require.text(value == null ? null : SPACES.matcher(value).replaceAll(""), "siret", MAX_TYPED_LENGTH);
        if (!DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("siret", ErrorCodes.BAD_FORMAT, "siret must be 14 digits");
        }
        // La Poste's head office passes Luhn; its other establishments only pass the digit-sum rule.
        boolean valid = luhnValid(value) || value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 == 0;
        if (!valid) {
            throw new InvalidValueException("siret", ErrorCodes.SIRET_CHECKSUM, "siret has a wrong check digit");
        }
    }

    public String siren() {
        return value.substring(0, 9);
    }

    static boolean luhnValid(String digits) {
        return luhnSum(digits, false) % 10 == 0;
    }

    /** The digit that, appended to {@code digits}, makes the whole pass the Luhn check. */
    public static String withLuhnKey(String digits) {
        return digits + (10 - luhnSum(digits, true) % 10) % 10;
    }

    /** The Luhn sum, doubling every other digit from the right: from the last one when a key is still to come. */
    private static int luhnSum(String digits, boolean doubleLast) {
        int sum = 0;
        boolean doubled = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    @Override
    public String toString() {
        return value;
    }
}
