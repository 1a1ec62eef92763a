package org.tremplin.archfixture.coreprints.domain;

/** Violation: swallows an exception after printing its stack trace. */
public final class Parser {
    private Parser() {
    }

    public static int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            e.printStackTrace();
            return 0;
        }
    }
}
