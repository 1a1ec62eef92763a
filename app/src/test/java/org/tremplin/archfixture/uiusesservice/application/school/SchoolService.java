package org.tremplin.archfixture.uiusesservice.application.school;

public final class SchoolService implements SchoolAdministration {
    @Override
    public int count() {
        return 0;
    }
}
