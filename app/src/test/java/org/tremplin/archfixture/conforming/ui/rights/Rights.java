package org.tremplin.archfixture.conforming.ui.rights;

/** A console package that others depend on and that depends on none of them. */
public final class Rights {
    private Rights() {
    }

    public static boolean mayEdit(String role) {
        return "ADMIN".equals(role);
    }
}
