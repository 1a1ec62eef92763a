package org.tremplin.archfixture.uirawhtml.ui;

import com.vaadin.flow.component.Html;

/** Violation: renders a string as markup. */
public class NewsBanner {
    public Html render(String news) {
        return new Html("<div>" + news + "</div>");
    }
}
