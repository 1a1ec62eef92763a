package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.ui.chart.BarChart;

/**
 * The selection funnel: how many applicants reached each stage, as a chart and a table that also
 * gives the share of each inclusion group funders ask about. A stage among fewer than 20 applicants
 * shows no count. The recognised-disability (RQTH) column is there only when the report carries
 * the group: for a reader not allowed to read health data it has no figure at all, and an empty
 * column would still say that the figure exists and is being withheld.
 */
final class SelectionFunnel extends VerticalLayout {
    /** A stage as the table shows it: the shares in the order of the groups shown. */
    record FunnelLine(String stage, String reached, String ofApplied, List<String> shares) {
    }

    /** The groups funders ask about, in their columns' order. */
    private static final List<InclusionGroup> FUNNEL_GROUPS = List.of(InclusionGroup.WOMEN, InclusionGroup.UNDER_26,
            InclusionGroup.PRIORITY_NEIGHBOURHOOD, InclusionGroup.RECOGNISED_DISABILITY);

    SelectionFunnel(IndicatorReport shown, String scopeLabel, IndicatorTexts texts) {
        setPadding(false);
        List<InclusionGroup> groups = groupsShown(shown);
        List<BarChart.Bar> bars = new ArrayList<>();
        List<FunnelLine> lines = new ArrayList<>();
        for (FunnelStage stage : shown.funnel().stages()) {
            String label = getTranslation("applicant.stage." + stage.stage().name());
            // A stage among fewer than 20 applicants is not published, counts included.
            boolean published = !stage.ofApplied().isSuppressed();
            String reached = published ? IndicatorTexts.count(stage.reached()) : texts.suppressed();
            bars.add(new BarChart.Bar(label, published ? stage.reached() : 0, reached));
            lines.add(new FunnelLine(label, reached, texts.rate(stage.ofApplied()),
                    groups.stream().map(group -> texts.rate(stage.diversity().get(group))).toList()));
        }
        String title = getTranslation("dashboard.funnel.title");
        BarChart chart = new BarChart(title + " – " + scopeLabel, bars);
        chart.setId("dashboard-funnel-chart");
        Grid<FunnelLine> table = new Grid<>();
        table.setId("dashboard-funnel-table");
        table.addColumn(FunnelLine::stage).setHeader(getTranslation("dashboard.column.stage"));
        table.addColumn(FunnelLine::reached).setHeader(getTranslation("dashboard.column.reached"));
        table.addColumn(FunnelLine::ofApplied).setHeader(getTranslation("dashboard.column.of-applied"));
        for (int i = 0; i < groups.size(); i++) {
            int column = i;
            table.addColumn(line -> line.shares().get(column)).setHeader(getTranslation(header(groups.get(i))));
        }
        table.getColumns().forEach(column -> column.setAutoWidth(true));
        table.setItems(lines);
        table.setAllRowsVisible(true);
        add(new H3(title), chart, table);
    }

    /** The groups funders ask about, without the RQTH group when the report does not carry it. */
    private static List<InclusionGroup> groupsShown(IndicatorReport shown) {
        return FUNNEL_GROUPS.stream()
                .filter(group -> group != InclusionGroup.RECOGNISED_DISABILITY || shown.healthDataShown())
                .filter(group -> shown.funnel().stages().stream().allMatch(stage -> stage.diversity().containsKey(group)))
                .toList();
    }

    private static String header(InclusionGroup group) {
        return switch (group) {
            case WOMEN -> "dashboard.column.women";
            case UNDER_26 -> "dashboard.column.under-26";
            case PRIORITY_NEIGHBOURHOOD -> "dashboard.column.qpv";
            case RECOGNISED_DISABILITY -> "dashboard.column.rqth";
            default -> throw new IllegalArgumentException("no funnel column for " + group);
        };
    }
}
