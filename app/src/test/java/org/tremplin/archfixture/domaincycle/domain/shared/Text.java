package org.tremplin.archfixture.domaincycle.domain.shared;

/** Not in the cycle. */
public final class Text {
    private Text() {
    }
}
