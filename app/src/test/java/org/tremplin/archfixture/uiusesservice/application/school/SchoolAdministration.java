package org.tremplin.archfixture.uiusesservice.application.school;

public interface SchoolAdministration {
    int count();
}
