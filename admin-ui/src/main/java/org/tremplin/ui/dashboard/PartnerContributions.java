package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.PartnerContribution;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.ui.chart.BarChart;

/**
 * What the partners gave the learners, biggest contributors first as the report ranks them:
 * work-study learners hosted and learners hired, a chart each for the first
 * {@value #CHARTED_PARTNERS} and a table for every one. These are counts of learners, not rates.
 */
final class PartnerContributions extends VerticalLayout {
    /** A partner's contribution as the table shows it. */
    record ContributionLine(String partner, String apprenticesHosted, String hires) {
    }

    /** Past this many bars a chart no longer reads at a glance; the table keeps the rest. */
    static final int CHARTED_PARTNERS = 10;

    PartnerContributions(IndicatorReport shown, String scopeLabel, Function<PartnerId, String> names) {
        setPadding(false);
        add(new H3(getTranslation("dashboard.partners.title")));
        if (shown.partners().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.partners.none"));
            none.setId("dashboard-partners-none");
            add(none);
            return;
        }
        List<BarChart.Bar> hosted = new ArrayList<>();
        List<BarChart.Bar> hired = new ArrayList<>();
        List<ContributionLine> lines = new ArrayList<>();
        for (PartnerContribution contribution : shown.partners()) {
            String name = names.apply(contribution.partnerId());
            String hostedText = IndicatorTexts.count(contribution.apprenticesHosted());
            String hiresText = IndicatorTexts.count(contribution.hires());
            if (lines.size() < CHARTED_PARTNERS) {
                hosted.add(new BarChart.Bar(name, contribution.apprenticesHosted(), hostedText));
                hired.add(new BarChart.Bar(name, contribution.hires(), hiresText));
            }
            lines.add(new ContributionLine(name, hostedText, hiresText));
        }
        if (lines.size() > CHARTED_PARTNERS) {
            add(new Paragraph(getTranslation("dashboard.partners.charted", CHARTED_PARTNERS)));
        }
        String hostedTitle = getTranslation("dashboard.partners.hosted");
        String hiresTitle = getTranslation("dashboard.partners.hires");
        BarChart hostedChart = new BarChart(hostedTitle + " – " + scopeLabel, hosted);
        hostedChart.setId("dashboard-partners-hosted-chart");
        BarChart hiredChart = new BarChart(hiresTitle + " – " + scopeLabel, hired);
        hiredChart.setId("dashboard-partners-hires-chart");
        Grid<ContributionLine> table = new Grid<>();
        table.setId("dashboard-partners-table");
        table.addColumn(ContributionLine::partner).setHeader(getTranslation("dashboard.column.partner"));
        table.addColumn(ContributionLine::apprenticesHosted).setHeader(hostedTitle);
        table.addColumn(ContributionLine::hires).setHeader(hiresTitle);
        table.setItems(lines);
        table.setAllRowsVisible(true);
        add(new H4(hostedTitle), hostedChart, new H4(hiresTitle), hiredChart, table);
    }
}
