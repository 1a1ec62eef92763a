package org.tremplin.ui.export;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.port.in.TabularFlavour;

/**
 * "Exporter (CSV)" beside a list: downloads every row of the grid, with the view's current filter
 * and the grid's current sort, for French Excel (semicolons, UTF-8 with a byte order mark,
 * formulas neutralised: see {@link TableExport}). The rows are asked of the grid's own data
 * provider, so of the view's use case, one page at a time while the file is written: a long list
 * never sits in memory whole.
 *
 * <p>A view adds it with one line: {@code toolbar.add(GridCsvExport.of(grid, "schools"))}.
 */
public final class GridCsvExport extends Composite<Anchor> {
    static final int PAGE_SIZE = PageRequest.MAX_SIZE;

    private final transient TableExport tables;

    /** Built by the console's instantiator, which gives it the export port: see {@link #of}. */
    GridCsvExport(TableExport tables) {
        this.tables = tables;
    }

    /**
     * The download link for every row of {@code grid}, with the columns the grid shows when the
     * user downloads (see {@link GridColumns}).
     *
     * @param fileName the file's name without {@code .csv}
     */
    public static <T> GridCsvExport of(Grid<T> grid, String fileName) {
        return of(grid, fileName, () -> GridColumns.of(grid));
    }

    /** The download link for every row of {@code grid}, as {@code columns} say. */
    public static <T> GridCsvExport of(Grid<T> grid, String fileName, List<ExportColumn<T>> columns) {
        List<ExportColumn<T>> chosen = List.copyOf(columns);
        return of(grid, fileName, () -> chosen);
    }

    private static <T> GridCsvExport of(Grid<T> grid, String fileName, Supplier<List<ExportColumn<T>>> columns) {
        GridCsvExport export = Instantiator.get(UI.getCurrent()).getOrCreate(GridCsvExport.class);
        export.exporting(grid, fileName, columns);
        return export;
    }

    private <T> void exporting(Grid<T> grid, String fileName, Supplier<List<ExportColumn<T>>> columns) {
        Anchor link = getContent();
        link.setHref(download(grid, fileName, columns), AttachmentType.DOWNLOAD);
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("export.csv")));
        link.setId(fileName + "-export");
    }

    private <T> DownloadHandler download(Grid<T> grid, String fileName, Supplier<List<ExportColumn<T>>> columns) {
        return event -> {
            event.setFileName(fileName + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            // The use cases read who calls from the session, which the download request holds unlocked.
            event.getUI().accessSynchronously(() -> {
                List<ExportColumn<T>> shown = columns.get();
                tables.write(event.getOutputStream(), TabularFlavour.EXCEL_FR,
                        shown.stream().map(ExportColumn::header).toList(),
                        rows(grid).map(row -> shown.stream().map(column -> column.cell(row)).toList()));
            });
        };
    }

    /** Every row the grid would show, in its order, fetched a page at a time as the stream is read. */
    static <T> Stream<T> rows(Grid<T> grid) {
        DataProvider<T, ?> provider = grid.getDataProvider();
        List<QuerySortOrder> sort = grid.getSortOrder().stream()
                .flatMap(GridCsvExport::querySortOrders).toList();
        Iterator<List<T>> pages = new Iterator<>() {
            private int offset;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                return more;
            }

            @Override
            public List<T> next() {
                if (!more) {
                    throw new NoSuchElementException();
                }
                @SuppressWarnings({"unchecked", "rawtypes"})
                List<T> page = ((DataProvider) provider).fetch(new Query<>(offset, PAGE_SIZE, sort, null, null)).toList();
                offset += page.size();
                more = page.size() == PAGE_SIZE;
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(List::stream);
    }

    private static <T> Stream<QuerySortOrder> querySortOrders(GridSortOrder<T> order) {
        return order.getSorted().getSortOrder(order.getDirection());
    }
}
