package org.tremplin.archfixture.consolecycle.ui.access;

import org.tremplin.archfixture.consolecycle.ui.dashboard.Dashboard;

/** Violation: access -> dashboard ... */
public class SignIn {
    public Dashboard afterSignIn() {
        return new Dashboard();
    }
}
