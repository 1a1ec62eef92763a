package org.tremplin.archfixture.uiusesadapterorcompositionroot.ui;

import org.tremplin.archfixture.uiusesadapterorcompositionroot.app.Wiring;

/** Violation: the console reaches into the composition root. */
public class MainLayout {
    public String footer() {
        return "Tremplin " + Wiring.version();
    }
}
