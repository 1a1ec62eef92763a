package org.tremplin.archfixture.conforming.ui.school;

import org.tremplin.archfixture.conforming.ui.rights.Rights;

/** A feature package of the console, depending on a shared one. */
public class SchoolToolbar {
    public boolean showsEditButtons(String role) {
        return Rights.mayEdit(role);
    }
}
