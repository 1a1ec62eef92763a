package org.tremplin.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpResponse;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.export.TableExport;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;

class ListResponsesTest {
    private static final CsvExport<Integer> CSV = new CsvExport<>("numbers", List.of("number"),
            number -> List.of(number.toString()));
    private static final List<Integer> ALL = IntStream.range(0, PageRequest.MAX_SIZE + 3).boxed().toList();
    /** Writes the flavour, then each line's cells joined by '|': the CSV itself is the tabular-files adapter's. */
    private static final TableExport PLAIN_TEXT = (out, flavour, header, rows) -> {
        PrintStream text = new PrintStream(out, true, StandardCharsets.UTF_8);
        text.print(flavour + "\n" + String.join("|", header) + "\n");
        rows.forEach(row -> text.print(String.join("|", row) + "\n"));
    };
    private final ListResponses lists = new ListResponses(new CsvDownloads(PLAIN_TEXT));
    private final List<PageRequest> fetched = new ArrayList<>();

    private enum Key { NAME, START_DATE }

    private Page<Integer> fetch(PageRequest request) {
        fetched.add(request);
        int from = (int) Math.min(request.offset(), ALL.size());
        return new Page<>(ALL.subList(from, Math.min(from + request.size(), ALL.size())), ALL.size(), request);
    }

    @Test
    void answers_the_page_asked_for_as_json() {
        ListQuery query = new ListQuery(null, null, "1", "2", "application/json", null);

        HttpResponse<?> response = lists.answer(query, new Parameters(), this::fetch, number -> "n" + number, CSV);

        assertThat(fetched).containsExactly(new PageRequest(1, 2));
        assertThat(response.body()).isEqualTo(new PageJson<>(List.of("n2", "n3"), 1, 2, ALL.size(),
                (ALL.size() + 1) / 2, true));
    }

    @Test
    void answers_every_page_as_csv_when_the_caller_accepts_it() {
        ListQuery query = new ListQuery(null, null, null, null, "text/csv", "excel-fr");

        HttpResponse<?> response = lists.answer(query, new Parameters(), this::fetch, number -> number, CSV);

        assertThat(fetched).containsExactly(new PageRequest(0, PageRequest.MAX_SIZE),
                new PageRequest(1, PageRequest.MAX_SIZE));
        assertThat(response.getHeaders().get("Content-Disposition")).isEqualTo("attachment; filename=\"numbers.csv\"");
        String text = new String((byte[]) response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("EXCEL_FR\nnumber\n0\n1\n").endsWith("\n" + ALL.getLast() + "\n");
    }

    @Test
    void one_400_names_every_unreadable_parameter_in_the_order_read_and_nothing_is_fetched() {
        ListQuery query = new ListQuery("yesterday", "budget", "-1", "0", "text/csv", null);
        Parameters parameters = new Parameters();
        Optional<?> since = query.updatedSince(parameters);
        Sort<Key> order = query.sort(parameters, Key.class, Sort.ascending(Key.NAME));

        assertThat(since).isEmpty();
        assertThat(order).isEqualTo(Sort.ascending(Key.NAME));
        assertThatThrownBy(() -> lists.answer(query, parameters, this::fetch, number -> number, CSV))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("updated-since", "sort", "page", "size"));
        assertThat(fetched).isEmpty();
    }

    @Test
    void sort_reads_a_key_with_dashes_and_a_leading_minus_for_descending() {
        ListQuery query = new ListQuery(null, "-start-date", null, null, null, null);

        assertThat(query.sort(new Parameters(), Key.class, Sort.ascending(Key.NAME)))
                .isEqualTo(Sort.descending(Key.START_DATE));
    }

    @Test
    void a_list_reads_its_filter_then_its_order_then_its_page_and_pages_the_use_case() {
        ListQuery query = new ListQuery(null, "-start-date", "0", "2", "application/json", null);
        List<String> asked = new ArrayList<>();

        HttpResponse<?> response = lists.answer(query, parameters -> parameters.integer("above", "1"),
                Sort.ascending(Key.NAME), (above, order, page) -> {
                    asked.add(above + " " + order.key() + " " + order.isAscending());
                    return fetch(page);
                }, number -> number, CSV);

        assertThat(asked).containsExactly("Optional[1] START_DATE false");
        assertThat(response.body()).isEqualTo(new PageJson<>(List.of(0, 1), 0, 2, ALL.size(), (ALL.size() + 1) / 2,
                true));
    }

    @Test
    void a_list_names_its_unreadable_filters_before_its_order_and_page() {
        ListQuery query = new ListQuery(null, "budget", "-1", null, null, null);

        assertThatThrownBy(() -> lists.answer(query, parameters -> parameters.integer("above", "one"),
                Sort.ascending(Key.NAME), (above, order, page) -> fetch(page), number -> number, CSV))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("above", "sort", "page"));
        assertThat(fetched).isEmpty();
    }
}
