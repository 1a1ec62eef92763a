package org.tremplin.archfixture.tabularusesframework.adapter.tabular;

import org.tremplin.archfixture.tabularusesframework.adapter.rest.support.Texts;
import org.tremplin.archfixture.tabularusesframework.domain.School;

/** Violation: the tabular files adapter reaches into the rest of the REST adapter. */
public final class SchoolCells {
    private SchoolCells() {
    }

    public static String name(School school) {
        return Texts.trimmed(school.name());
    }
}
