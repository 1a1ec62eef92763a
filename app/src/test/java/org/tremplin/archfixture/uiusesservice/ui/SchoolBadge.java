package org.tremplin.archfixture.uiusesservice.ui;

import org.tremplin.archfixture.uiusesservice.application.school.SchoolAdministration;

/** Conforming neighbour: depends on the inbound port only. */
public class SchoolBadge {
    private final SchoolAdministration schools;

    public SchoolBadge(SchoolAdministration schools) {
        this.schools = schools;
    }

    public String text() {
        return schools.count() + " schools";
    }
}
