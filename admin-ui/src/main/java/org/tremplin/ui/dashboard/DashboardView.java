package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.error.TremplinException;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.rights.EditingRights;
import org.tremplin.ui.chart.BarChart;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.dashboard.DashboardScopes.Choice;
import org.tremplin.ui.form.FrenchDates;
import org.tremplin.ui.funding.ParityLine;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;
import org.tremplin.ui.shell.MainLayout;
import org.tremplin.ui.warning.WarningsView;

/**
 * The network's indicators for the whole network, a region, a school, one of its cohorts or a
 * partner, on a chosen day and for every leaver or one leaving year: key figures as cards, rates,
 * what became of the leavers by the official InserJeunes definitions ({@link FollowUpPanel}), the
 * network's local figures apart ({@link LocalFigures}), the selection funnel, funding and the
 * partners' contributions, as SVG bar charts each with a table of the same numbers. A rate over
 * fewer than {@value Rate#MIN_PUBLISHABLE_DENOMINATOR} people is "not published" and none of its
 * counts is shown. The selector offers only the scopes the use case grants the user
 * ({@link DashboardScopes}); should it still refuse, the refusal is shown in place of the report.
 * Partners and funders are named as the report names them.
 */
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
@Route(value = "dashboard", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class DashboardView extends VerticalLayout implements HasDynamicTitle {
    /** A line of a table behind a chart: what, and its value as shown. */
    record Line(String label, String value) {
    }

    private final transient IndicatorReporting indicators;
    private final transient DashboardScopes scopes;
    private final IndicatorTexts texts = new IndicatorTexts(this);
    private final Select<Choice> scope = new Select<>();
    private final Select<Cohort> cohort = new Select<>();
    private final DatePicker asOf = FrenchDates.picker("");
    private final LeavingYearSelect leavingYear = new LeavingYearSelect();
    private final VerticalLayout report = new VerticalLayout();
    private LocalDate shownAsOf;
    private boolean choosingScope;

    DashboardView(IndicatorReporting indicators, SchoolAdministration schools, CohortAdministration cohorts,
                  PartnerAdministration partners, EarlyWarnings warnings) {
        this.indicators = indicators;
        String name = ConsoleSession.user().map(ConsoleUser::displayName).orElse("");
        Actor actor = ConsoleSession.user().map(ConsoleUser::actor).orElseGet(Actor::anonymous);
        this.scopes = new DashboardScopes(actor, schools, cohorts, partners, this);

        List<Choice> choices = scopes.choices();
        buildScopeChooser(choices);
        buildCohortChooser();
        buildAsOfChooser();
        leavingYear.onChoice(this::show);

        HorizontalLayout choosers = new HorizontalLayout(scope, cohort, asOf, leavingYear);
        choosers.setId("dashboard-choosers");
        choosers.setWrap(true);
        choosers.setAlignItems(Alignment.BASELINE);
        report.setPadding(false);
        report.setId("dashboard-report");
        add(new H2(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.welcome", name)));
        if (EditingRights.mayOpen(WarningsView.class)) {
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

    /** The network, a region or a school, as far as the user's scope reaches; the first is shown at once. */
    private void buildScopeChooser(List<Choice> choices) {
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
    }

    private void buildCohortChooser() {
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
    }

    private void buildAsOfChooser() {
        asOf.setId("dashboard-as-of");
        asOf.setLabel(getTranslation("dashboard.as-of.field"));
        asOf.addValueChangeListener(event -> {
            if (!Objects.equals(event.getValue(), shownAsOf)) {
                show();
            }
        });
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
            shown = fetch(chosen.scope());
        } catch (TremplinException refused) {
            Paragraph refusal = new Paragraph(new ConsoleTranslations().errorMessage(refused.code(), getLocale()));
            refusal.setId("dashboard-refusal");
            report.add(refusal);
            return;
        }
        shownAsOf = shown.asOf();
        asOf.setValue(shown.asOf());
        Function<PartnerId, String> names = partner -> shown.partnerName(partner)
                .orElseGet(() -> getTranslation("dashboard.partner.unnamed", partner.value().toString()));
        report.add(new Paragraph(getTranslation("dashboard.as-of", ConsoleFormats.date(shown.asOf()))));
        keyFigures(shown);
        rates(chosen, shown);
        report.add(new FollowUpPanel(shown, chosen.label(), texts), new LocalFigures(shown, texts),
                new SelectionFunnel(shown, chosen.label(), texts));
        funding(chosen, shown, names);
        report.add(new PartnerContributions(shown, chosen.label(), names));
    }

    /**
     * The report for the day and the leaving year chosen. Without a day, the use case's today: the
     * picker then shows which day that was.
     */
    private IndicatorReport fetch(IndicatorScope chosen) {
        LocalDate day = asOf.getValue();
        if (day == null) {
            IndicatorReport today = indicators.report(chosen, leavingYear.chosen());
            leavingYear.offerUpTo(today.asOf());
            return today;
        }
        leavingYear.offerUpTo(day);
        return indicators.report(chosen, day, leavingYear.chosen());
    }

    /** The learners now; the jobs created are a local figure and stand with the others ({@link LocalFigures}). */
    private void keyFigures(IndicatorReport shown) {
        FlexLayout cards = new FlexLayout();
        cards.setId("dashboard-figures");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.add(FigureCard.of("in-centre", getTranslation("dashboard.figure.in-centre"), shown.training().inCentre()),
                FigureCard.of("in-work-study", getTranslation("dashboard.figure.in-work-study"),
                        shown.training().inWorkStudy()),
                FigureCard.of("graduated", getTranslation("dashboard.figure.graduated"), shown.training().graduated()));
        report.add(new H3(getTranslation("dashboard.figures.title")), cards);
    }

    private void rates(Choice chosen, IndicatorReport shown) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        rates.put(getTranslation("dashboard.rate.completion"), shown.training().completion());
        rates.put(getTranslation("dashboard.rate.drop-out"), shown.training().dropOut());
        rates.put(getTranslation("dashboard.rate.contract-break"), shown.contracts().breakRate());
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

    private void funding(Choice chosen, IndicatorReport shown, Function<PartnerId, String> names) {
        String title = getTranslation("dashboard.funding.title");
        if (shown.funding().byFunder().isEmpty()) {
            // No commitment: empty charts and a total of zero would only look broken.
            Paragraph none = new Paragraph(getTranslation("dashboard.funding.none"));
            none.setId("dashboard-funding-none");
            report.add(new H3(title), none);
            parity(chosen, shown, names);
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        shown.funding().byFunder().forEach((funder, amount) -> {
            String name = names.apply(funder);
            bars.add(new BarChart.Bar(name, amount.toEuros().doubleValue(), ConsoleFormats.money(amount)));
            lines.add(new Line(name, ConsoleFormats.money(amount)));
        });
        lines.add(new Line(getTranslation("dashboard.funding.total"), ConsoleFormats.money(shown.funding().total())));
        BarChart chart = new BarChart(title + " – " + chosen.label(), bars);
        chart.setId("dashboard-funding-chart");
        report.add(new H3(title), chart, table("dashboard-funding-table", lines, "dashboard.column.amount"));
        fundingByYear(chosen, shown);
        parity(chosen, shown, names);
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

    private void parity(Choice chosen, IndicatorReport shown, Function<PartnerId, String> names) {
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
            parity.add(ParityLine.of(status, names, this));
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
}
