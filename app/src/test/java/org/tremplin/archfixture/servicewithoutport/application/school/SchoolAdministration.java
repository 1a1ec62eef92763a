package org.tremplin.archfixture.servicewithoutport.application.school;

public interface SchoolAdministration {
    int count();
}
