package org.tremplin.archfixture.consolecycle.ui.component;

/** Depended upon, depends on no other console package: not part of the cycle. */
public final class Formats {
    private Formats() {
    }

    public static String title(String text) {
        return text.strip();
    }
}
