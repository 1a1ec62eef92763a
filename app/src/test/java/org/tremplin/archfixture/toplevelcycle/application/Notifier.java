package org.tremplin.archfixture.toplevelcycle.application;

import org.tremplin.archfixture.toplevelcycle.ui.Banner;

/** Violation: application -> ui ... */
public final class Notifier {
    public void notify(Banner banner, String message) {
        banner.show(message);
    }
}
