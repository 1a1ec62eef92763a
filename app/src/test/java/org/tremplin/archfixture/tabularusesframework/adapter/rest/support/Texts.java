package org.tremplin.archfixture.tabularusesframework.adapter.rest.support;

/** A helper of the REST adapter, outside the tabular files adapter. */
public final class Texts {
    private Texts() {
    }

    public static String trimmed(String text) {
        return text.strip();
    }
}
