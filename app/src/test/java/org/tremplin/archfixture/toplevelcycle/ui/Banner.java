package org.tremplin.archfixture.toplevelcycle.ui;

import org.tremplin.archfixture.toplevelcycle.application.Notifier;

/** ... -> application: a cycle. */
public final class Banner {
    private final Notifier notifier = new Notifier();

    public void show(String message) {
        if (message.isEmpty()) {
            notifier.notify(this, "empty");
        }
    }
}
