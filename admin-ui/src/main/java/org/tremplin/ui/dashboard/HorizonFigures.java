package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tremplin.domain.indicator.EmploymentSnapshot;
import org.tremplin.domain.indicator.FollowUpAtHorizon;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.ui.chart.BarChart;

/**
 * The official figures at one horizon: the salaried employment rate and the favourable-outcome
 * rate, each with the follow-up coverage beside it, and every leaver in one of three shares adding
 * up to 100 %, as a chart with its table. When the leaving year chosen is too small to publish,
 * the same figures pooled with the year before follow, marked as such, as InserJeunes publishes them.
 *
 * <p>The coverage is said beside each rate, not once per horizon, because a reader quoting a rate
 * should see at once how many answers it stands on; beside a rate not published it would say
 * nothing and is left out.
 */
final class HorizonFigures extends VerticalLayout {
    /** A share of the leavers as the table shows it. */
    record ShareLine(String situation, String share) {
    }

    private static final List<String> SHARES = List.of("dashboard.follow-up.share.salaried",
            "dashboard.follow-up.share.further-studies", "dashboard.follow-up.share.other");

    private final IndicatorTexts texts;

    HorizonFigures(FollowUpAtHorizon followUp, String scopeLabel, IndicatorTexts texts) {
        this.texts = texts;
        String id = "dashboard-horizon-" + followUp.horizon().months();
        setId(id);
        addClassName("horizon-figures");
        setPadding(false);
        String title = getTranslation("dashboard.follow-up.at", followUp.horizon().months());
        add(new H4(title));
        add(figures(followUp.figures(), id, title + " – " + scopeLabel));
        followUp.pooled().ifPresent(pooled -> {
            String pooledTitle = texts.pooled(pooled);
            VerticalLayout block = new VerticalLayout(new H5(pooledTitle));
            block.setId(id + "-pooled");
            block.addClassName("pooled-figures");
            block.setPadding(false);
            block.getStyle().set("border-left", "4px solid var(--lumo-contrast-30pct)")
                    .set("padding-left", "var(--lumo-space-m)");
            // The domain pools the year asked with the one before it: the year asked is the last.
            block.add(new Paragraph(getTranslation("dashboard.follow-up.pooled.explained",
                    IndicatorTexts.leavingYear(pooled.leavingYears().getLast()))));
            block.add(figures(pooled, id + "-pooled", title + " – " + pooledTitle + " – " + scopeLabel));
            add(block);
        });
    }

    private List<Component> figures(EmploymentSnapshot figures, String id, String summary) {
        List<Component> shown = new ArrayList<>();
        shown.add(rate(id + "-employment", "dashboard.follow-up.employment-rate", figures.employmentRate(), figures));
        shown.add(rate(id + "-favourable", "dashboard.follow-up.favourable-rate", figures.favourableRate(), figures));
        String sharesTitle = getTranslation("dashboard.follow-up.shares");
        Span heading = new Span(sharesTitle);
        heading.getStyle().set("font-weight", "600");
        shown.add(heading);
        shown.addAll(shares(figures, id, sharesTitle + " – " + summary));
        return shown;
    }

    /** "Taux … : 41,7 %", then "Couverture du suivi : 62,0 %" and, under half, a warning in words. */
    private FlexLayout rate(String id, String label, Rate rate, EmploymentSnapshot figures) {
        Span value = new Span(getTranslation("dashboard.follow-up.rate", getTranslation(label), texts.rate(rate)));
        value.setId(id);
        value.addClassName("official-rate");
        FlexLayout line = new FlexLayout(value);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.getStyle().set("column-gap", "var(--lumo-space-l)");
        if (!rate.isSuppressed()) {
            Span coverage = new Span(getTranslation("dashboard.follow-up.coverage", texts.rate(figures.coverage())));
            coverage.setId(id + "-coverage");
            coverage.addClassName("coverage");
            coverage.getStyle().set("color", "var(--lumo-secondary-text-color)");
            line.add(coverage);
            if (figures.isCoverageLow()) {
                line.add(lowCoverage(id + "-coverage-low"));
            }
        }
        return line;
    }

    private Span lowCoverage(String id) {
        Span mark = new Span("⚠\u00A0");
        // The words say it all; a screen reader need not read the sign out.
        mark.getElement().setAttribute("aria-hidden", "true");
        Span warning = new Span(mark, new Text(getTranslation("dashboard.follow-up.coverage-low")));
        warning.setId(id);
        warning.addClassName("coverage-low");
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return warning;
    }

    /** The three shares rounded together, so that the chart and its table add up to 100 % as published. */
    private List<Component> shares(EmploymentSnapshot figures, String id, String summary) {
        Optional<List<BigDecimal>> percents = figures.shares().percents();
        List<BarChart.Bar> bars = new ArrayList<>();
        List<ShareLine> lines = new ArrayList<>();
        for (int i = 0; i < SHARES.size(); i++) {
            String label = getTranslation(SHARES.get(i));
            int index = i;
            Optional<BigDecimal> percent = percents.map(all -> all.get(index));
            String text = percent.map(IndicatorTexts::percent).orElseGet(texts::suppressed);
            bars.add(new BarChart.Bar(label, percent.map(BigDecimal::doubleValue).orElse(0.0), text));
            lines.add(new ShareLine(label, text));
        }
        BarChart chart = new BarChart(summary, bars);
        chart.setId(id + "-shares-chart");
        Grid<ShareLine> table = new Grid<>();
        table.setId(id + "-shares-table");
        table.addColumn(ShareLine::situation).setHeader(getTranslation("dashboard.column.situation"));
        table.addColumn(ShareLine::share).setHeader(getTranslation("dashboard.column.share"));
        table.setItems(lines);
        table.setAllRowsVisible(true);
        return List.of(chart, table);
    }
}
