package org.tremplin.archfixture.applicationusesadapter.application.common;

import io.micronaut.core.util.StringUtils;

/** Violation: a framework type in the application layer. */
public final class Texts {
    private Texts() {
    }

    public static boolean isBlank(String text) {
        return StringUtils.isEmpty(text);
    }
}
