package org.tremplin.archfixture.uirawhtml.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** Violation: evaluates JavaScript on an element. */
public class ScriptedPanel extends Component {
    public ScriptedPanel(String name) {
        super(new Element("div"));
        getElement().executeJs("this.title = '" + name + "'");
    }
}
