package org.tremplin.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.port.in.TabularFlavour;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.school.SchoolsView;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeTableExport;

class GridCsvExportTest extends ConsoleTestSupport {
    private static final int ROWS = 2 * PageRequest.MAX_SIZE + 3;

    private final FakeTableExport tables = new FakeTableExport();
    /** For each page the export asked for: how many rows were written before it. */
    private final List<Integer> rowsWrittenBeforeEachPage = new ArrayList<>();
    private final List<Integer> offsetsAsked = new ArrayList<>();
    private final Grid<Integer> grid = new Grid<>();

    GridCsvExportTest() {
        provide(TableExport.class, tables);
    }

    @BeforeEach
    void aGridOverThreePages() {
        signInAs(Role.ADMIN);
        navigate(SchoolsView.class);
        Grid.Column<Integer> number = grid.addColumn(n -> n).setHeader("Nombre").setSortProperty("number");
        grid.setItems(query -> {
            if (query.getLimit() == PageRequest.MAX_SIZE) {
                rowsWrittenBeforeEachPage.add(tables.rows.size());
                offsetsAsked.add(query.getOffset());
            }
            boolean descending = query.getSortOrders().stream()
                    .anyMatch(order -> order.getDirection() == SortDirection.DESCENDING);
            return IntStream.range(0, ROWS).boxed()
                    .sorted(descending ? Comparator.reverseOrder() : Comparator.naturalOrder())
                    .skip(query.getOffset()).limit(query.getLimit());
        }, query -> ROWS);
        grid.sort(GridSortOrder.desc(number).build());
    }

    @Test
    void writes_every_row_in_the_grids_order_for_french_excel_one_page_at_a_time() {
        GridCsvExport export = GridCsvExport.of(grid, "numbers", List.of(ExportColumn.of("Nombre", n -> n),
                ExportColumn.of("Note", n -> n == 0 ? "=1+1" : null)));
        UI.getCurrent().add(grid, export);
        Anchor link = find(Anchor.class).withId("numbers-export").single();

        test(link).download(new ByteArrayOutputStream());

        assertThat(link.getElement().getTextRecursively()).isEqualTo("Exporter (CSV)");
        assertThat(tables.flavour).isEqualTo(TabularFlavour.EXCEL_FR);
        assertThat(tables.header).containsExactly("Nombre", "Note");
        assertThat(tables.rows).hasSize(ROWS);
        assertThat(tables.rows.getFirst()).containsExactly(String.valueOf(ROWS - 1), "");
        assertThat(tables.rows.getLast()).as("the formula is the writer's to neutralise").containsExactly("0", "=1+1");
        assertThat(offsetsAsked).containsExactly(0, PageRequest.MAX_SIZE, 2 * PageRequest.MAX_SIZE);
        assertThat(rowsWrittenBeforeEachPage).as("each page fetched once the previous one is written")
                .containsExactly(0, PageRequest.MAX_SIZE, 2 * PageRequest.MAX_SIZE);
    }

    @Test
    void without_columns_given_writes_the_columns_the_grid_shows_as_it_shows_them() {
        grid.addColumn(n -> n % 2 == 0 ? "pair" : null).setHeader("Parité");
        grid.addColumn(n -> "secret").setHeader("Caché").setVisible(false);
        grid.addComponentColumn(n -> new com.vaadin.flow.component.html.Span("x")).setHeader("Composant");
        GridCsvExport export = GridCsvExport.of(grid, "numbers");
        UI.getCurrent().add(grid, export);

        test(find(Anchor.class).withId("numbers-export").single()).download(new ByteArrayOutputStream());

        assertThat(tables.header).containsExactly("Nombre", "Parité");
        assertThat(tables.rows).hasSize(ROWS);
        assertThat(tables.rows.get(0)).containsExactly(String.valueOf(ROWS - 1), "pair");
        assertThat(tables.rows.get(1)).containsExactly(String.valueOf(ROWS - 2), "");
    }
}
