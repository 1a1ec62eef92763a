package org.tremplin.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tremplin.application.access.Role;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.error.TremplinException;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.access.AllowedRoles;
import org.tremplin.ui.chart.BarChart;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;

/**
 * The network's indicators for the whole network, a region or a school: key figures as cards,
 * rates, the selection funnel and funding as SVG bar charts each with a table of the same numbers.
 * A rate over fewer than {@value Rate#MIN_PUBLISHABLE_DENOMINATOR} people is "not published" and
 * none of its counts is shown. Indicators carry no personal data, so every role sees the same
 * aggregates; the use case refuses a school manager a scope beyond their schools, and the refusal
 * is shown in place of the report.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class DashboardView extends VerticalLayout implements HasDynamicTitle {
    /** A scope in the selector, with its label. */
    record ScopeChoice(String label, IndicatorScope scope) {
    }

    /** A line of a table behind a chart: what, and its value as shown. */
    record Line(String label, String value) {
    }

    /** A stage of the funnel as the table shows it. */
    record FunnelLine(String stage, String reached, String ofApplied, String women, String under26,
                      String priorityNeighbourhood, String recognisedDisability) {
    }

    private static final List<InclusionGroup> FUNNEL_GROUPS = List.of(InclusionGroup.WOMEN, InclusionGroup.UNDER_26,
            InclusionGroup.PRIORITY_NEIGHBOURHOOD, InclusionGroup.RECOGNISED_DISABILITY);

    private final IndicatorReporting indicators;
    private final PartnerAdministration partners;
    private final Map<PartnerId, String> partnerNames = new HashMap<>();
    private final Select<ScopeChoice> scope = new Select<>();
    private final VerticalLayout report = new VerticalLayout();

    DashboardView(IndicatorReporting indicators, SchoolAdministration schools, PartnerAdministration partners) {
        this.indicators = indicators;
        this.partners = partners;
        String name = ConsoleSession.user().map(ConsoleUser::displayName).orElse("");

        List<School> schoolList = ListViews.schools(schools);
        List<ScopeChoice> choices = new ArrayList<>();
        choices.add(new ScopeChoice(getTranslation("dashboard.scope.network"), new IndicatorScope.Network()));
        for (Region region : Region.values()) {
            choices.add(new ScopeChoice(getTranslation("dashboard.scope.region", region.frenchName()),
                    new IndicatorScope.OfRegion(region)));
        }
        for (School school : schoolList) {
            choices.add(new ScopeChoice(getTranslation("dashboard.scope.school", school.name()),
                    new IndicatorScope.OfSchool(school.id())));
        }
        scope.setId("dashboard-scope");
        scope.setLabel(getTranslation("dashboard.scope"));
        scope.setItems(choices);
        scope.setItemLabelGenerator(ScopeChoice::label);
        scope.setValue(firstChoice(choices));
        scope.addValueChangeListener(event -> show());

        report.setPadding(false);
        report.setId("dashboard-report");
        add(new H2(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.welcome", name)),
                scope, report);
        show();
    }

    /** The network, or for someone limited to some schools the first of theirs (the network would be refused). */
    private static ScopeChoice firstChoice(List<ScopeChoice> choices) {
        Optional<Set<SchoolId>> own = ConsoleSession.user().flatMap(user -> user.actor().schools());
        if (own.isPresent()) {
            for (ScopeChoice choice : choices) {
                if (choice.scope() instanceof IndicatorScope.OfSchool(var school) && own.get().contains(school)) {
                    return choice;
                }
            }
        }
        return choices.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · Tremplin";
    }

    private void show() {
        report.removeAll();
        ScopeChoice chosen = scope.getValue();
        if (chosen == null) {
            return;
        }
        IndicatorReport shown;
        try {
            shown = indicators.report(chosen.scope());
        } catch (TremplinException refused) {
            Paragraph refusal = new Paragraph(new ConsoleTranslations().errorMessage(refused.code(), getLocale()));
            refusal.setId("dashboard-refusal");
            report.add(refusal);
            return;
        }
        report.add(new Paragraph(getTranslation("dashboard.as-of", ConsoleFormats.date(shown.asOf()))));
        keyFigures(shown);
        rates(chosen, shown);
        funnel(chosen, shown);
        funding(chosen, shown);
    }

    private void keyFigures(IndicatorReport shown) {
        FlexLayout cards = new FlexLayout();
        cards.setId("dashboard-figures");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.add(card("in-centre", "dashboard.figure.in-centre", shown.training().inCentre()),
                card("in-work-study", "dashboard.figure.in-work-study", shown.training().inWorkStudy()),
                card("graduated", "dashboard.figure.graduated", shown.training().graduated()),
                card("jobs-created", "dashboard.figure.jobs-created", shown.jobsCreated()));
        report.add(new H3(getTranslation("dashboard.figures.title")), cards);
    }

    private Div card(String id, String label, long value) {
        Span number = new Span(count(value));
        number.addClassName("figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span caption = new Span(getTranslation(label));
        caption.addClassName("figure-label");
        Div card = new Div(number, new Div(caption));
        card.setId("figure-" + id);
        card.addClassName("figure-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-m)").set("min-width", "10em");
        return card;
    }

    private void rates(ScopeChoice chosen, IndicatorReport shown) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        rates.put(getTranslation("dashboard.rate.completion"), shown.training().completion());
        rates.put(getTranslation("dashboard.rate.drop-out"), shown.training().dropOut());
        rates.put(getTranslation("dashboard.rate.contract-break"), shown.contracts().breakRate());
        rates.put(getTranslation("dashboard.rate.employment-6"), shown.sixMonths().employmentRate());
        rates.put(getTranslation("dashboard.rate.employment-12"), shown.twelveMonths().employmentRate());
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        rates.forEach((label, rate) -> {
            bars.add(new BarChart.Bar(label, rate.percent().map(BigDecimal::doubleValue).orElse(0.0), rate(rate)));
            lines.add(new Line(label, rate(rate)));
        });
        String title = getTranslation("dashboard.rates.title");
        BarChart chart = new BarChart(title + " – " + chosen.label(), bars);
        chart.setId("dashboard-rates-chart");
        report.add(new H3(title), chart, table("dashboard-rates-table", lines, "dashboard.column.rate"));
    }

    private void funnel(ScopeChoice chosen, IndicatorReport shown) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<FunnelLine> lines = new ArrayList<>();
        for (FunnelStage stage : shown.funnel().stages()) {
            String label = getTranslation("applicant.stage." + stage.stage().name());
            // A stage among fewer than 20 applicants is not published, counts included.
            boolean published = !stage.ofApplied().isSuppressed();
            String reached = published ? count(stage.reached()) : suppressed();
            bars.add(new BarChart.Bar(label, published ? stage.reached() : 0, reached));
            Function<InclusionGroup, String> share = group -> rate(stage.diversity().get(group));
            lines.add(new FunnelLine(label, reached, rate(stage.ofApplied()), share.apply(FUNNEL_GROUPS.get(0)),
                    share.apply(FUNNEL_GROUPS.get(1)), share.apply(FUNNEL_GROUPS.get(2)),
                    share.apply(FUNNEL_GROUPS.get(3))));
        }
        String title = getTranslation("dashboard.funnel.title");
        BarChart chart = new BarChart(title + " – " + chosen.label(), bars);
        chart.setId("dashboard-funnel-chart");
        Grid<FunnelLine> table = new Grid<>();
        table.setId("dashboard-funnel-table");
        table.addColumn(FunnelLine::stage).setHeader(getTranslation("dashboard.column.stage"));
        table.addColumn(FunnelLine::reached).setHeader(getTranslation("dashboard.column.reached"));
        table.addColumn(FunnelLine::ofApplied).setHeader(getTranslation("dashboard.column.of-applied"));
        table.addColumn(FunnelLine::women).setHeader(getTranslation("dashboard.column.women"));
        table.addColumn(FunnelLine::under26).setHeader(getTranslation("dashboard.column.under-26"));
        table.addColumn(FunnelLine::priorityNeighbourhood).setHeader(getTranslation("dashboard.column.qpv"));
        table.addColumn(FunnelLine::recognisedDisability).setHeader(getTranslation("dashboard.column.rqth"));
        table.setItems(lines);
        table.setAllRowsVisible(true);
        report.add(new H3(title), chart, table);
    }

    private void funding(ScopeChoice chosen, IndicatorReport shown) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        shown.funding().byFunder().forEach((funder, amount) -> {
            String name = partnerName(funder);
            bars.add(new BarChart.Bar(name, amount.toEuros().doubleValue(), ConsoleFormats.money(amount)));
            lines.add(new Line(name, ConsoleFormats.money(amount)));
        });
        lines.add(new Line(getTranslation("dashboard.funding.total"), ConsoleFormats.money(shown.funding().total())));
        String title = getTranslation("dashboard.funding.title");
        BarChart chart = new BarChart(title + " – " + chosen.label(), bars);
        chart.setId("dashboard-funding-chart");
        VerticalLayout parity = new VerticalLayout();
        parity.setId("dashboard-parity");
        parity.setPadding(false);
        parity.setSpacing(false);
        if (shown.funding().parity().isEmpty()) {
            parity.add(new Span(getTranslation("dashboard.parity.none")));
        }
        for (ParityStatus status : shown.funding().parity()) {
            String first = partnerName(status.rule().firstFunder());
            String second = partnerName(status.rule().secondFunder());
            String cohort = status.rule().cohortId().isPresent() ? getTranslation("funding.parity.for-cohort") : "";
            Span line = new Span(status.honoured()
                    ? getTranslation("funding.parity.honoured", first, second, cohort)
                    : getTranslation("funding.parity.not-honoured", first, second, cohort,
                            ConsoleFormats.money(status.gap())));
            line.addClassName(status.honoured() ? "parity-honoured" : "parity-not-honoured");
            parity.add(line);
        }
        report.add(new H3(title), chart, table("dashboard-funding-table", lines, "dashboard.column.amount"),
                new H3(getTranslation("funding.parity.title")), parity);
    }

    private Grid<Line> table(String id, List<Line> lines, String valueHeader) {
        Grid<Line> table = new Grid<>();
        table.setId(id);
        table.addColumn(Line::label).setHeader(getTranslation("dashboard.column.indicator"));
        table.addColumn(Line::value).setHeader(getTranslation(valueHeader));
        table.setItems(lines);
        table.setAllRowsVisible(true);
        return table;
    }

    private String partnerName(PartnerId id) {
        return partnerNames.computeIfAbsent(id, key -> {
            try {
                return partners.get(key).legalName();
            } catch (TremplinException unknown) {
                return key.toString();
            }
        });
    }

    /** A rate as a French percentage, or "not published" without any of its counts. */
    private String rate(Rate rate) {
        return rate.percent().map(percent -> {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(percent) + "\u00A0%";
        }).orElseGet(this::suppressed);
    }

    private String suppressed() {
        return getTranslation("dashboard.suppressed", Rate.MIN_PUBLISHABLE_DENOMINATOR);
    }

    private static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
    }
}
