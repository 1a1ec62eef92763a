package org.tremplin.domain.testdata;

import org.tremplin.domain.partner.Siret;

/**
 * SIRET numbers. Check digits are computed here, independently of the production code, with the
 * Luhn formula: from the right, every second digit is doubled (minus 9 when above 9), and the
 * total must be a multiple of 10.
 */
public final class Sirets {
    /** Google France's head office, a real SIRET published in the national register. */
    public static final String GOOGLE_FRANCE = "73282932000074";
    public static final String LA_POSTE_SIREN = "356000000";

    private Sirets() {
    }

    public static Siret siret() {
        return new Siret(GOOGLE_FRANCE);
    }

    /** Completes 13 digits with the Luhn check digit. */
    public static String withCheckDigit(String first13) {
        if (!first13.matches("\\d{13}")) {
            throw new IllegalArgumentException("13 digits expected: " + first13);
        }
        for (int check = 0; check <= 9; check++) {
            String candidate = first13 + check;
            if (luhnSum(candidate) % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("a Luhn check digit always exists");
    }

    public static int luhnSum(String digits) {
        int sum = 0;
        for (int fromRight = 0; fromRight < digits.length(); fromRight++) {
            int digit = digits.charAt(digits.length() - 1 - fromRight) - '0';
            if (fromRight % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum;
    }

    public static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    /** A La Poste establishment number (SIREN 356000000) whose digits add up to a multiple of 5. */
    public static String laPoste(String first4OfNic) {
        String first13 = LA_POSTE_SIREN + first4OfNic;
        for (int last = 0; last <= 9; last++) {
            String candidate = first13 + last;
            if (digitSum(candidate) % 5 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("a last digit always exists");
    }
}
