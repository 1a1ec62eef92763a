package org.tremplin.archfixture.undeclaredadapter.ui;

import org.tremplin.archfixture.undeclaredadapter.domain.school.School;

public class SchoolView {
    public String title(School school) {
        return school.name();
    }
}
