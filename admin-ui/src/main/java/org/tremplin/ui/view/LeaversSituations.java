package org.tremplin.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.ui.chart.BarChart;

/**
 * What became of the leavers six and twelve months after leaving: the share of them in each
 * situation the snapshot counts, one chart per horizon and one table for both. Each share is a
 * rate over the leavers, so that fewer than {@value Rate#MIN_PUBLISHABLE_DENOMINATOR} leavers
 * publish no share and no count.
 *
 * @see "docs/adr/0002-employment-indicators.md"
 */
final class LeaversSituations extends VerticalLayout {
    /** A situation as the table shows it, at both horizons. */
    record SituationLine(String situation, String sixMonths, String twelveMonths) {
    }

    /** The situations of {@link EmploymentSnapshot}, in its order. */
    private enum Situation {
        SALARIED(EmploymentSnapshot::salaried),
        SELF_EMPLOYED(EmploymentSnapshot::selfEmployed),
        FURTHER_STUDIES(EmploymentSnapshot::furtherStudies),
        NOT_IN_EMPLOYMENT(EmploymentSnapshot::notInEmployment),
        UNKNOWN(EmploymentSnapshot::unknown);

        private final ToLongFunction<EmploymentSnapshot> count;

        Situation(ToLongFunction<EmploymentSnapshot> count) {
            this.count = count;
        }

        Rate share(EmploymentSnapshot snapshot) {
            return new Rate(count.applyAsLong(snapshot), snapshot.leavers());
        }

        String key() {
            return "dashboard.situation." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    LeaversSituations(IndicatorReport shown, String scopeLabel, IndicatorTexts texts) {
        setPadding(false);
        List<BarChart.Bar> sixMonths = new ArrayList<>();
        List<BarChart.Bar> twelveMonths = new ArrayList<>();
        List<SituationLine> lines = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            String label = getTranslation(situation.key());
            Rate six = situation.share(shown.sixMonths());
            Rate twelve = situation.share(shown.twelveMonths());
            sixMonths.add(texts.bar(label, six));
            twelveMonths.add(texts.bar(label, twelve));
            lines.add(new SituationLine(label, texts.rate(six), texts.rate(twelve)));
        }
        String atSix = getTranslation("dashboard.employment.at-6");
        String atTwelve = getTranslation("dashboard.employment.at-12");
        BarChart sixChart = new BarChart(atSix + " – " + scopeLabel, sixMonths);
        sixChart.setId("dashboard-employment-6-chart");
        BarChart twelveChart = new BarChart(atTwelve + " – " + scopeLabel, twelveMonths);
        twelveChart.setId("dashboard-employment-12-chart");
        Grid<SituationLine> table = new Grid<>();
        table.setId("dashboard-employment-table");
        table.addColumn(SituationLine::situation).setHeader(getTranslation("dashboard.column.situation"));
        table.addColumn(SituationLine::sixMonths).setHeader(getTranslation("dashboard.column.at-6"));
        table.addColumn(SituationLine::twelveMonths).setHeader(getTranslation("dashboard.column.at-12"));
        table.setItems(lines);
        table.setAllRowsVisible(true);
        add(new H3(getTranslation("dashboard.employment.title")),
                new Paragraph(getTranslation("dashboard.employment.explained")),
                new H4(atSix), sixChart, new H4(atTwelve), twelveChart, table);
    }
}
