package org.tremplin.archfixture.uiusesservice.ui;

import org.tremplin.archfixture.uiusesservice.application.school.SchoolService;

/** Violation: the console instantiates the service instead of receiving the inbound port. */
public class SchoolCounter {
    private final SchoolService service = new SchoolService();

    public int count() {
        return service.count();
    }
}
