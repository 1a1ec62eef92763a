package org.tremplin.archfixture.uiusesoutboundport.ui;

import java.util.List;
import org.tremplin.archfixture.uiusesoutboundport.application.port.in.SchoolFilter;
import org.tremplin.archfixture.uiusesoutboundport.application.port.out.Schools;

/** Violation: the console queries an outbound port directly. */
public class SchoolList {
    private final Schools schools;

    public SchoolList(Schools schools) {
        this.schools = schools;
    }

    public List<String> names() {
        return schools.names(new SchoolFilter(""));
    }
}
