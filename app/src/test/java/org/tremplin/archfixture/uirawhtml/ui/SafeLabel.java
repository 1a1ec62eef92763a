package org.tremplin.archfixture.uirawhtml.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** Conforming neighbour: text and boolean properties only, must not be reported. */
public class SafeLabel extends Component {
    public SafeLabel(String text) {
        super(new Element("span"));
        getElement().setText(text);
        getElement().setProperty("hidden", text.isEmpty());
    }
}
