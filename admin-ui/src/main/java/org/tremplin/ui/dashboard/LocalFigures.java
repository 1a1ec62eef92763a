package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.FollowUpAtHorizon;
import org.tremplin.domain.indicator.IndicatorReport;

/**
 * The network's own figures, set apart from the official rates and labelled so, because funders
 * compare the official ones across training providers: the jobs created (salaried and
 * self-employed) and the share of leavers who started a business or work self-employed, at each
 * horizon, pooled too when the official figures are.
 */
final class LocalFigures extends VerticalLayout {
    /** The self-employed share at one horizon, and pooled when the leaving year was too small. */
    record SelfEmployedLine(String horizon, String share, String pooled) {
    }

    LocalFigures(IndicatorReport shown, IndicatorTexts texts) {
        setId("dashboard-local");
        setPadding(false);
        add(new H3(getTranslation("dashboard.local.title")), new Paragraph(getTranslation("dashboard.local.explained")),
                FigureCard.of("jobs-created", getTranslation("dashboard.figure.jobs-created"), shown.jobsCreated()),
                new Paragraph(getTranslation("dashboard.local.jobs-created.explained")));

        List<SelfEmployedLine> lines = new ArrayList<>();
        Optional<EmploymentSnapshot> anyPooled = Optional.empty();
        for (FollowUpAtHorizon followUp : shown.followUps()) {
            anyPooled = anyPooled.or(followUp::pooled);
            lines.add(new SelfEmployedLine(getTranslation("dashboard.follow-up.at", followUp.horizon().months()),
                    texts.rate(followUp.figures().selfEmployedShare()),
                    followUp.pooled().map(pooled -> texts.rate(pooled.selfEmployedShare())).orElse("")));
        }
        Grid<SelfEmployedLine> table = new Grid<>();
        table.setId("dashboard-self-employed-table");
        table.addColumn(SelfEmployedLine::horizon).setHeader(getTranslation("dashboard.column.horizon"));
        table.addColumn(SelfEmployedLine::share).setHeader(getTranslation("dashboard.column.share"));
        // Pooled values only when the leaving year was too small at some horizon, under their label.
        anyPooled.ifPresent(pooled -> table.addColumn(SelfEmployedLine::pooled).setHeader(texts.pooled(pooled)));
        table.setItems(lines);
        table.setAllRowsVisible(true);
        add(new H4(getTranslation("dashboard.local.self-employed")), table);
    }
}
