package org.tremplin.archfixture.restcsvusesframework.adapter.rest.csv;

import org.tremplin.archfixture.restcsvusesframework.adapter.rest.support.Texts;
import org.tremplin.archfixture.restcsvusesframework.domain.School;

/** Violation: the CSV package reaches into the rest of the REST adapter. */
public final class SchoolCells {
    private SchoolCells() {
    }

    public static String name(School school) {
        return Texts.trimmed(school.name());
    }
}
