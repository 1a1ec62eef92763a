package org.tremplin.archfixture.uiusesadapterorcompositionroot.app;

public final class Wiring {
    private Wiring() {
    }

    public static String version() {
        return "0";
    }
}
