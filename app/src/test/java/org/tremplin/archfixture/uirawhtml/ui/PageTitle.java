package org.tremplin.archfixture.uirawhtml.ui;

import com.vaadin.flow.component.UI;

/** Violation: evaluates JavaScript on the page. */
public class PageTitle {
    public void set(UI ui, String title) {
        ui.getPage().executeJs("document.title = $0", title);
    }
}
