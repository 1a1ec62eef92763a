package org.tremplin.ui.warning;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.LazyGrid;
import org.tremplin.ui.component.ListFilters;
import org.tremplin.ui.export.GridCsvExport;
import org.tremplin.ui.shell.MainLayout;

/**
 * The learners a school should act on today, in a lazy grid over {@link EarlyWarnings#list}, each
 * row saying what to do; above it how many warnings of each kind the chosen schools have, as the
 * use case counts them. The use case narrows everything to the user's schools.
 *
 * @see "docs/adr/0010-early-warnings.md"
 */
@Menu(title = "nav.warnings", order = 2, icon = "vaadin:warning")
@Route(value = "alertes", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER})
public final class WarningsView extends VerticalLayout implements HasDynamicTitle {
    private final transient EarlyWarnings warnings;
    private final transient CohortAdministration cohorts;
    private final Map<SchoolId, String> schoolNames;
    private final Map<CohortId, String> cohortNames = new HashMap<>();
    private final Select<School> school = new Select<>();
    private final Select<WarningKind> kind = new Select<>();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Grid<EarlyWarning> grid = new Grid<>();

    WarningsView(EarlyWarnings warnings, SchoolAdministration schools, CohortAdministration cohorts) {
        this.warnings = warnings;
        this.cohorts = cohorts;
        setSizeFull();
        List<School> choices = ListFilters.schools(schools);
        schoolNames = choices.stream().collect(Collectors.toMap(School::id, School::name));
        buildFilters(choices);
        buildGrid();
        counts.setId("warnings-counts");
        counts.setWrap(true);
        showCounts();

        HorizontalLayout filters = new HorizontalLayout(school, kind, GridCsvExport.of(grid, "warnings"));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("warnings.title")), counts, filters, grid);
        setFlexGrow(1, grid);
    }

    private void buildFilters(List<School> choices) {
        ListFilters.anyOf(school, getTranslation("filter.school"), "warnings-school", choices, School::name);
        school.addValueChangeListener(change -> {
            showCounts();
            grid.getDataProvider().refreshAll();
        });
        ListFilters.anyOf(kind, getTranslation("warnings.column.kind"), "warnings-kind",
                List.of(WarningKind.values()), this::kindLabel);
        kind.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void buildGrid() {
        grid.addColumn(warning -> kindLabel(warning.kind())).setHeader(getTranslation("warnings.column.kind"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addColumn(warning -> ConsoleFormats.name(warning.name()))
                .setHeader(getTranslation("warnings.column.learner")).setFlexGrow(1);
        grid.addColumn(warning -> schoolNames.getOrDefault(warning.schoolId(), ""))
                .setHeader(getTranslation("warnings.column.school")).setFlexGrow(1);
        grid.addColumn(warning -> cohortName(warning.cohortId()))
                .setHeader(getTranslation("warnings.column.cohort")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(warning -> ConsoleFormats.date(warning.date()))
                .setHeader(getTranslation("warnings.column.date")).setAutoWidth(true);
        grid.addColumn(warning -> getTranslation("warnings.action." + warning.kind().name(),
                        ConsoleFormats.date(warning.date())))
                .setHeader(getTranslation("warnings.column.action")).setFlexGrow(3);
        // The "what to do" sentence is the point of a warning: wrapped, never cut to an ellipsis.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("warnings.empty"));
        grid.setId("warnings-grid");
        LazyGrid.show(grid, warnings::list, () -> filter(Optional.ofNullable(kind.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warnings.title") + " · Tremplin";
    }

    /** One count per kind for the chosen schools: the kind filter narrows the grid, not the strip. */
    private void showCounts() {
        counts.removeAll();
        Map<WarningKind, Long> byKind = warnings.countByKind(filter(Optional.empty()));
        for (WarningKind each : WarningKind.values()) {
            Span label = new Span(getTranslation("warnings.count", kindLabel(each), byKind.getOrDefault(each, 0L)));
            label.setId("warnings-count-" + each.name());
            counts.add(label);
        }
    }

    private WarningFilter filter(Optional<WarningKind> ofKind) {
        return new WarningFilter(Optional.ofNullable(school.getValue()).map(chosen -> Set.of(chosen.id())), ofKind);
    }

    private String kindLabel(WarningKind each) {
        return getTranslation("warnings.kind." + each.name());
    }

    private String cohortName(CohortId id) {
        return cohortNames.computeIfAbsent(id, key -> cohorts.get(key).name());
    }
}
