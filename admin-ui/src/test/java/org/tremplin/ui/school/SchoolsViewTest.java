package org.tremplin.ui.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeSchoolAdministration;

class SchoolsViewTest extends ConsoleTestSupport {
    private final FakeSchoolAdministration schools = new FakeSchoolAdministration()
            .add("École IA Roubaix", "Roubaix", Region.HAUTS_DE_FRANCE, "59", LocalDate.of(2019, 9, 2))
            .add("École IA Aubervilliers", "Aubervilliers", Region.ILE_DE_FRANCE, "93", LocalDate.of(2018, 10, 15))
            .add("École IA Castelnau", "Castelnau-le-Lez", Region.OCCITANIE, "34", null);

    SchoolsViewTest() {
        provide(SchoolAdministration.class, schools);
    }

    @BeforeEach
    void signIn() {
        signInAs(Role.FUNDER_VIEWER);
    }

    @Test
    void lists_the_schools_by_name_with_french_dates_and_statuses() {
        navigate(SchoolsView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 0)).isEqualTo("École IA Aubervilliers");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Île-de-France");
        assertThat(grid.getCellText(0, 3)).isEqualTo("93");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Ouverte");
        assertThat(grid.getCellText(0, 5)).isEqualTo("15/10/2018");
        assertThat(grid.getCellText(1, 4)).isEqualTo("En projet");
        assertThat(grid.getCellText(1, 5)).isEmpty();
        assertThat(schools.listCalls.get()).as("pages asked of the port").isPositive();
    }

    @Test
    void sorts_by_the_column_the_user_chooses_through_the_port() {
        navigate(SchoolsView.class);
        var grid = test(grid());

        grid.sortByColumn(1, SortDirection.DESCENDING);

        assertThat(grid.getRow(0).town()).isEqualTo("Roubaix");
        assertThat(grid.getRow(2).town()).isEqualTo("Aubervilliers");
    }

    @Test
    void filters_by_text() {
        navigate(SchoolsView.class);

        test(find(TextField.class).withId("schools-filter").single()).setValue("castelnau");

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).name()).isEqualTo("École IA Castelnau");
    }

    @SuppressWarnings("unchecked")
    private Grid<School> grid() {
        return find(Grid.class).withId("schools-grid").single();
    }
}
