package org.tremplin.ui.export;

import com.vaadin.flow.component.grid.ColumnPathRenderer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The columns a grid shows, as export columns: each visible column with a header text whose cells
 * are text ({@code grid.addColumn(valueProvider)}), its cell written as the grid sends it to the
 * browser. So an export holds what the user sees, no more: a column hidden from the user (health
 * data without the permission to read it, say) is left out. A column of components has no text
 * and is left out too.
 */
final class GridColumns {
    private GridColumns() {
    }

    static <T> List<ExportColumn<T>> of(Grid<T> grid) {
        List<ExportColumn<T>> columns = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            String header = column.getHeaderText();
            if (column.isVisible() && header != null && !header.isBlank()
                    && column.getRenderer() instanceof ColumnPathRenderer<T> text) {
                // The renderer's data generator is how the grid itself turns a row into the cell's text.
                text.render(new Element("vaadin-grid-column"), null, "export").getDataGenerator()
                        .ifPresent(cells -> columns.add(new ExportColumn<>(header, row -> cell(cells, row))));
            }
        }
        return columns;
    }

    private static <T> String cell(DataGenerator<T> cells, T row) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        cells.generateData(row, data);
        Optional<JsonNode> value = data.valueStream().findFirst();
        return value.filter(node -> !node.isNull()).map(JsonNode::asString).orElse("");
    }
}
