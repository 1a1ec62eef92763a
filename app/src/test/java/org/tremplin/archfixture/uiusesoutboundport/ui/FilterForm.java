package org.tremplin.archfixture.uiusesoutboundport.ui;

import org.tremplin.archfixture.uiusesoutboundport.application.port.in.SchoolFilter;

/** Conforming neighbour: uses only the filter record, must not be reported. */
public class FilterForm {
    public SchoolFilter filter(String text) {
        return new SchoolFilter(text);
    }
}
