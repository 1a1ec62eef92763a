package org.tremplin.ui.funding;

import java.util.regex.Pattern;

/**
 * Amounts as French readers type them, "12 500,00 €" (the grid's own writing, so a copied
 * amount reads back), turned into the form the domain reads: digits, a comma or a dot, cents.
 * Only the grouping spaces and the euro sign are dropped; the domain judges the rest and words
 * its refusal beside the field.
 */
final class EuroAmounts {
    // Ordinary, no-break and narrow no-break spaces: the JDK's fr-FR groups with the last.
    private static final Pattern DECORATION = Pattern.compile("[\\s\\u00A0\\u202F€]");

    private EuroAmounts() {
    }

    static String forDomain(String typed) {
        return typed == null ? null : DECORATION.matcher(typed).replaceAll("");
    }
}
