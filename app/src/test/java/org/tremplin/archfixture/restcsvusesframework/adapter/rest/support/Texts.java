package org.tremplin.archfixture.restcsvusesframework.adapter.rest.support;

/** A helper of the REST adapter, outside the CSV package. */
public final class Texts {
    private Texts() {
    }

    public static String trimmed(String text) {
        return text.strip();
    }
}
