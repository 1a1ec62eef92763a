package org.tremplin.archfixture.uirawhtml.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** Violation: innerHTML through Element.setProperty(String, String). */
public class RichLabel extends Component {
    public RichLabel(String html) {
        super(new Element("span"));
        getElement().setProperty("innerHTML", html);
    }
}
