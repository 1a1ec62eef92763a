package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A key figure as a card: a large number above its caption. The classes {@code figure-value} and
 * {@code figure-label} are what the end-to-end tests read.
 */
final class FigureCard {
    private FigureCard() {
    }

    static Div of(String id, String caption, long value) {
        Span number = new Span(IndicatorTexts.count(value));
        number.addClassName("figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span label = new Span(caption);
        label.addClassName("figure-label");
        Div card = new Div(number, new Div(label));
        card.setId("figure-" + id);
        card.addClassName("figure-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-m)").set("min-width", "10em").set("max-width", "24em");
        return card;
    }
}
