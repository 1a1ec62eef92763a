package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tremplin.domain.indicator.FollowUpAtHorizon;
import org.tremplin.domain.indicator.IndicatorReport;

/**
 * What became of the leavers, by the official InserJeunes definitions: which leavers are counted
 * (every leaver, or those of the leaving year chosen), then the figures at each of the four
 * horizons ({@link HorizonFigures}). Self-employment is in no official rate: {@link LocalFigures}
 * gives it apart, so that nobody reads it as part of them.
 *
 * @see "docs/adr/0002-employment-indicators.md"
 */
final class FollowUpPanel extends VerticalLayout {

    FollowUpPanel(IndicatorReport shown, String scopeLabel, IndicatorTexts texts) {
        setId("dashboard-follow-up");
        setPadding(false);
        Paragraph counted = new Paragraph(shown.leavingYear()
                .map(year -> getTranslation("dashboard.follow-up.leaving-year", IndicatorTexts.leavingYear(year)))
                .orElseGet(() -> getTranslation("dashboard.follow-up.every-leaver")));
        counted.setId("dashboard-follow-up-leavers");
        add(new H3(getTranslation("dashboard.follow-up.title")),
                new Paragraph(getTranslation("dashboard.follow-up.explained")), counted);
        for (FollowUpAtHorizon followUp : shown.followUps()) {
            add(new HorizonFigures(followUp, scopeLabel, texts));
        }
    }
}
