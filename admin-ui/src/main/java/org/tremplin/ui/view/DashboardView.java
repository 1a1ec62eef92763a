package org.tremplin.ui.view;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tremplin.application.access.Actor;
import org.tremplin.application.access.Role;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.error.TremplinException;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.ui.access.AccessGuard;
import org.tremplin.ui.access.AllowedRoles;
import org.tremplin.ui.chart.BarChart;
import org.tremplin.ui.form.FrenchDates;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;
import org.tremplin.ui.view.DashboardScopes.Choice;

/**
 * The network's indicators for the whole network, a region, a school, one of its cohorts or a
 * partner, on a chosen day: key figures as cards, rates, what became of the leavers, the selection
 * funnel, funding and the partners' contributions, as SVG bar charts each with a table of the same
 * numbers. A rate over fewer than {@value Rate#MIN_PUBLISHABLE_DENOMINATOR} people is "not
 * published" and none of its counts is shown. The selector offers only the scopes the use case
 * grants the user ({@link DashboardScopes}); should it still refuse, the refusal is shown in place
 * of the report.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class DashboardView extends VerticalLayout implements HasDynamicTitle {
    /** A line of a table behind a chart: what, and its value as shown. */
    record Line(String label, String value) {
    }

    /** A stage of the funnel as the table shows it. */
    record FunnelLine(String stage, String reached, String ofApplied, String women, String under26,
                      String priorityNeighbourhood, String recognisedDisability) {
    }

    private static final List<InclusionGroup> FUNNEL_GROUPS = List.of(InclusionGroup.WOMEN, InclusionGroup.UNDER_26,
            InclusionGroup.PRIORITY_NEIGHBOURHOOD, InclusionGroup.RECOGNISED_DISABILITY);

    private final transient IndicatorReporting indicators;
    private final transient PartnerAdministration partners;
    private final transient DashboardScopes scopes;
    private final IndicatorTexts texts = new IndicatorTexts(this);
    private final Map<PartnerId, String> partnerNames = new HashMap<>();
    private final Select<Choice> scope = new Select<>();
    private final Select<Cohort> cohort = new Select<>();
    private final DatePicker asOf = FrenchDates.picker("");
    private final VerticalLayout report = new VerticalLayout();
    private LocalDate shownAsOf;
    private boolean choosingScope;

    DashboardView(IndicatorReporting indicators, SchoolAdministration schools, CohortAdministration cohorts,
                  PartnerAdministration partners, EarlyWarnings warnings) {
        this.indicators = indicators;
        this.partners = partners;
        String name = ConsoleSession.user().map(ConsoleUser::displayName).orElse("");
        Actor actor = ConsoleSession.user().map(ConsoleUser::actor).orElseGet(Actor::anonymous);
        this.scopes = new DashboardScopes(actor, schools, cohorts, partners, this);
        scopes.partners().forEach(partner -> partnerNames.put(partner.id(), partner.legalName()));

        List<Choice> choices = scopes.choices();
        scope.setId("dashboard-scope");
        scope.setLabel(getTranslation("dashboard.scope"));
        scope.setItems(choices);
        scope.setItemLabelGenerator(Choice::label);
        scope.setWidth("22em");
        if (!choices.isEmpty()) {
            scope.setValue(choices.getFirst());
        }
        scope.addValueChangeListener(event -> {
            offerCohorts();
            show();
        });

        cohort.setId("dashboard-cohort");
        cohort.setLabel(getTranslation("dashboard.cohort"));
        cohort.setEmptySelectionAllowed(true);
        cohort.setEmptySelectionCaption(getTranslation("dashboard.cohort.whole-school"));
        cohort.setItemLabelGenerator(each -> each == null ? getTranslation("dashboard.cohort.whole-school") : each.name());
        cohort.setWidth("16em");
        cohort.addValueChangeListener(event -> {
            if (!choosingScope) {
                show();
            }
        });
        offerCohorts();

        asOf.setId("dashboard-as-of");
        asOf.setLabel(getTranslation("dashboard.as-of.field"));
        asOf.addValueChangeListener(event -> {
            if (!Objects.equals(event.getValue(), shownAsOf)) {
                show();
            }
        });

        HorizontalLayout choosers = new HorizontalLayout(scope, cohort, asOf);
        choosers.setId("dashboard-choosers");
        choosers.setWrap(true);
        choosers.setAlignItems(Alignment.BASELINE);
        report.setPadding(false);
        report.setId("dashboard-report");
        add(new H2(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.welcome", name)));
        if (ConsoleSession.user().map(user -> AccessGuard.allows(WarningsView.class, user.role())).orElse(false)) {
            add(new WarningsSummary(warnings));
        }
        add(choosers, report);
        if (choices.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.scope.none"));
            none.setId("dashboard-no-scope");
            report.add(none);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · Tremplin";
    }

    /** A school's cohorts, to narrow the report to one of them; hidden for any other scope. */
    private void offerCohorts() {
        choosingScope = true;
        try {
            List<Cohort> offered = scope.getValue() != null
                    && scope.getValue().scope() instanceof IndicatorScope.OfSchool(var school)
                    ? scopes.cohortsOf(school) : List.of();
            cohort.clear();
            cohort.setItems(offered);
            cohort.setVisible(!offered.isEmpty());
        } finally {
            choosingScope = false;
        }
    }

    /** The chosen scope: the chosen cohort of the chosen school, else the school, region, partner or network. */
    private Choice chosen() {
        Choice chosen = scope.getValue();
        Cohort within = cohort.getValue();
        if (chosen == null || within == null) {
            return chosen;
        }
        return new Choice(getTranslation("dashboard.scope.cohort", chosen.label(), within.name()),
                new IndicatorScope.OfCohort(within.id()));
    }

    private void show() {
        Choice chosen = chosen();
        if (chosen == null) {
            return;
        }
        report.removeAll();
        IndicatorReport shown;
        try {
            // Without a date, the use case's today: the picker then shows which day that was.
            shown = asOf.getValue() == null ? indicators.report(chosen.scope())
                    : indicators.report(chosen.scope(), asOf.getValue());
        } catch (TremplinException refused) {
            Paragraph refusal = new Paragraph(new ConsoleTranslations().errorMessage(refused.code(), getLocale()));
            refusal.setId("dashboard-refusal");
            report.add(refusal);
            return;
        }
        shownAsOf = shown.asOf();
        asOf.setValue(shown.asOf());
        report.add(new Paragraph(getTranslation("dashboard.as-of", ConsoleFormats.date(shown.asOf()))));
        keyFigures(shown);
        rates(chosen, shown);
        report.add(new LeaversSituations(shown, chosen.label(), texts));
        funnel(chosen, shown);
        funding(chosen, shown);
        report.add(new PartnerContributions(shown, chosen.label(), this::partnerName));
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
        Span number = new Span(IndicatorTexts.count(value));
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

    private void rates(Choice chosen, IndicatorReport shown) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        rates.put(getTranslation("dashboard.rate.completion"), shown.training().completion());
        rates.put(getTranslation("dashboard.rate.drop-out"), shown.training().dropOut());
        rates.put(getTranslation("dashboard.rate.contract-break"), shown.contracts().breakRate());
        rates.put(getTranslation("dashboard.rate.employment-6"), shown.sixMonths().employmentRate());
        rates.put(getTranslation("dashboard.rate.employment-12"), shown.twelveMonths().employmentRate());
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        rates.forEach((label, rate) -> {
            bars.add(texts.bar(label, rate));
            lines.add(new Line(label, texts.rate(rate)));
        });
        String title = getTranslation("dashboard.rates.title");
        BarChart chart = new BarChart(title + " – " + chosen.label(), bars);
        chart.setId("dashboard-rates-chart");
        report.add(new H3(title), chart, table("dashboard-rates-table", lines, "dashboard.column.rate"));
    }

    private void funnel(Choice chosen, IndicatorReport shown) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<FunnelLine> lines = new ArrayList<>();
        for (FunnelStage stage : shown.funnel().stages()) {
            String label = getTranslation("applicant.stage." + stage.stage().name());
            // A stage among fewer than 20 applicants is not published, counts included.
            boolean published = !stage.ofApplied().isSuppressed();
            String reached = published ? IndicatorTexts.count(stage.reached()) : texts.suppressed();
            bars.add(new BarChart.Bar(label, published ? stage.reached() : 0, reached));
            Function<InclusionGroup, String> share = group -> texts.rate(stage.diversity().get(group));
            lines.add(new FunnelLine(label, reached, texts.rate(stage.ofApplied()), share.apply(FUNNEL_GROUPS.get(0)),
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
        table.getColumns().forEach(column -> column.setAutoWidth(true));
        table.setItems(lines);
        table.setAllRowsVisible(true);
        report.add(new H3(title), chart, table);
    }

    private void funding(Choice chosen, IndicatorReport shown) {
        String title = getTranslation("dashboard.funding.title");
        if (shown.funding().byFunder().isEmpty()) {
            // No commitment: empty charts and a total of zero would only look broken.
            Paragraph none = new Paragraph(getTranslation("dashboard.funding.none"));
            none.setId("dashboard-funding-none");
            report.add(new H3(title), none);
            parity(chosen, shown);
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        shown.funding().byFunder().forEach((funder, amount) -> {
            String name = partnerName(funder);
            bars.add(new BarChart.Bar(name, amount.toEuros().doubleValue(), ConsoleFormats.money(amount)));
            lines.add(new Line(name, ConsoleFormats.money(amount)));
        });
        lines.add(new Line(getTranslation("dashboard.funding.total"), ConsoleFormats.money(shown.funding().total())));
        BarChart chart = new BarChart(title + " – " + chosen.label(), bars);
        chart.setId("dashboard-funding-chart");
        report.add(new H3(title), chart, table("dashboard-funding-table", lines, "dashboard.column.amount"));
        fundingByYear(chosen, shown);
        parity(chosen, shown);
    }

    private void fundingByYear(Choice chosen, IndicatorReport shown) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        shown.funding().byYear().forEach((year, amount) -> {
            // A year, not a quantity: no thousands separator.
            String label = String.valueOf(year);
            bars.add(new BarChart.Bar(label, amount.toEuros().doubleValue(), ConsoleFormats.money(amount)));
            lines.add(new Line(label, ConsoleFormats.money(amount)));
        });
        String title = getTranslation("dashboard.funding-by-year.title");
        BarChart chart = new BarChart(title + " – " + chosen.label(), bars);
        chart.setId("dashboard-funding-by-year-chart");
        Grid<Line> table = table("dashboard-funding-by-year-table", lines, "dashboard.column.amount");
        table.getColumns().getFirst().setHeader(getTranslation("dashboard.column.year"));
        report.add(new H3(title), chart, table);
    }

    private void parity(Choice chosen, IndicatorReport shown) {
        VerticalLayout parity = new VerticalLayout();
        parity.setId("dashboard-parity");
        parity.setPadding(false);
        parity.setSpacing(false);
        report.add(new H3(getTranslation("funding.parity.title")), parity);
        if (chosen.scope() instanceof IndicatorScope.OfPartner) {
            // The partner scope holds this partner's commitments only (ADR 0002): a rule's other
            // funder would count for nothing, and every rule would read as broken.
            parity.add(new Span(getTranslation("dashboard.parity.partner-scope")));
            return;
        }
        if (shown.funding().parity().isEmpty()) {
            parity.add(new Span(getTranslation("dashboard.parity.none")));
        }
        for (ParityStatus status : shown.funding().parity()) {
            parity.add(ParityLine.of(status, this::partnerName, this));
        }
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
}
