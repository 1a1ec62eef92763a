package org.tremplin.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;

class PagedFetchTest {
    private final List<Integer> rows = IntStream.range(0, 1234).boxed().toList();
    private final List<PageRequest> asked = new ArrayList<>();

    private Page<Integer> list(PageRequest request) {
        asked.add(request);
        int from = (int) Math.min(request.offset(), rows.size());
        return new Page<>(rows.subList(from, Math.min(from + request.size(), rows.size())), rows.size(), request);
    }

    @Test
    void a_request_on_a_page_boundary_is_one_page() {
        assertThat(PagedFetch.fetch(100, 50, this::list).toList()).isEqualTo(rows.subList(100, 150));
        assertThat(asked).containsExactly(new PageRequest(2, 50));
    }

    @Test
    void a_request_off_the_boundaries_takes_the_pages_it_spans() {
        assertThat(PagedFetch.fetch(30, 50, this::list).toList()).isEqualTo(rows.subList(30, 80));
        assertThat(asked).containsExactly(new PageRequest(0, 50), new PageRequest(1, 50));
    }

    @Test
    void a_request_beyond_the_largest_page_takes_several_and_stops_at_the_end() {
        assertThat(PagedFetch.fetch(0, 2000, this::list).toList()).isEqualTo(rows);
        assertThat(asked).containsExactly(new PageRequest(0, 500), new PageRequest(1, 500), new PageRequest(2, 500));
    }

    @Test
    void the_count_is_the_total_of_a_one_row_page() {
        assertThat(PagedFetch.count(this::list)).isEqualTo(1234);
        assertThat(asked).containsExactly(PageRequest.first(1));
    }
}
