package org.tremplin.archfixture.restusesservice.application.school;

public interface SchoolAdministration {
    int count();
}
