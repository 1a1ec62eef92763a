package org.tremplin.ui.funding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.ui.component.ConsoleFormats;

/**
 * A parity rule said plainly, as the funding view and the dashboard both say it: "Région Occitanie
 * – Microsoft France : Parité respectée", or the gap in euros when it is not, coloured accordingly.
 */
public final class ParityLine {

    private ParityLine() {
    }

    public static Span of(ParityStatus status, Function<PartnerId, String> funderName, Component translator) {
        String first = funderName.apply(status.rule().firstFunder());
        String second = funderName.apply(status.rule().secondFunder());
        String scope = status.rule().cohortId().isPresent() ? translator.getTranslation("funding.parity.for-cohort") : "";
        Span line = new Span(status.honoured()
                ? translator.getTranslation("funding.parity.honoured", first, second, scope)
                : translator.getTranslation("funding.parity.not-honoured", first, second, scope,
                        ConsoleFormats.money(status.gap())));
        line.addClassName(status.honoured() ? "parity-honoured" : "parity-not-honoured");
        return line;
    }
}
