package org.tremplin.archfixture.consolecycle.ui.dashboard;

import org.tremplin.archfixture.consolecycle.ui.access.SignIn;
import org.tremplin.archfixture.consolecycle.ui.component.Formats;

/** ... -> access: the cycle. Uses a shared component too, which is fine. */
public class Dashboard {
    public Class<?> whenSignedOut() {
        return SignIn.class;
    }

    public String title() {
        return Formats.title("Tableau de bord");
    }
}
