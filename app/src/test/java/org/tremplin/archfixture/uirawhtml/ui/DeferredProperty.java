package org.tremplin.archfixture.uirawhtml.ui;

import com.vaadin.flow.dom.Element;
import java.util.function.BiFunction;

/** Violation: a method reference to Element.setProperty(String, String) is caught as well. */
public class DeferredProperty {
    public BiFunction<String, String, Element> setter(Element element) {
        return element::setProperty;
    }
}
