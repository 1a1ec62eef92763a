package org.tremplin.adapter.persistence.jdbc.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tremplin.adapter.persistence.jdbc.JdbcIndicatorQueriesTest;
import org.tremplin.adapter.persistence.jdbc.JdbcTransactions;
import org.tremplin.adapter.persistence.jdbc.support.Sql;

/**
 * The database's date arithmetic gives what {@code java.time} gives, on the days where they could
 * part: the last days of every month, the first days of the next, 29 February, over leap and
 * common years, in both directions.
 */
class SqlDatesTest {
    private static final int PAIRS_PER_QUERY = 500;
    private static Sql sql;
    private static JdbcTransactions transactions;

    @BeforeAll
    static void database() {
        ApplicationContext context = JdbcIndicatorQueriesTest.testContext();
        sql = context.getBean(Sql.class);
        transactions = context.getBean(JdbcTransactions.class);
    }

    /** Days within three days of a month's end, 2019 to 2025: 29 February 2020 and 2024 among them. */
    private static List<LocalDate> monthEnds() {
        var days = new TreeSet<LocalDate>();
        for (YearMonth month = YearMonth.of(2019, 1); month.isBefore(YearMonth.of(2026, 1)); month = month.plusMonths(1)) {
            LocalDate last = month.atEndOfMonth();
            for (int offset = -3; offset <= 3; offset++) {
                days.add(last.plusDays(offset));
            }
        }
        return List.copyOf(days);
    }

    /** From each tricky day to days about 0, 1, 11, 12, 13 months and 25, 26, 29, 30 years later or earlier. */
    private static List<LocalDate[]> pairs() {
        List<LocalDate[]> pairs = new ArrayList<>();
        int[] months = {0, 1, 11, 12, 13, 25 * 12 + 11, 26 * 12, 29 * 12 + 11, 30 * 12};
        for (LocalDate from : monthEnds()) {
            for (int month : months) {
                for (int sign : new int[] {1, -1}) {
                    LocalDate around = from.plusMonths(sign * (long) month);
                    for (int days = -2; days <= 2; days++) {
                        pairs.add(new LocalDate[] {from, around.plusDays(days)});
                    }
                }
            }
        }
        return pairs;
    }

    @Test
    void whole_years_months_and_days_between_two_dates_are_javas() {
        List<LocalDate[]> pairs = pairs();
        List<String> disagreements = new ArrayList<>();
        for (int start = 0; start < pairs.size(); start += PAIRS_PER_QUERY) {
            List<LocalDate[]> chunk = pairs.subList(start, Math.min(pairs.size(), start + PAIRS_PER_QUERY));
            var select = new StringJoiner(" UNION ALL ", "SELECT p.a, p.b, " + SqlDates.wholeYears("p.a", "p.b") + ", "
                    + SqlDates.wholeMonths("p.a", "p.b") + ", " + SqlDates.days("p.a", "p.b") + " FROM (", ") p");
            List<Object> values = new ArrayList<>();
            for (LocalDate[] pair : chunk) {
                select.add("SELECT CAST(? AS DATE) AS a, CAST(? AS DATE) AS b");
                values.add(pair[0]);
                values.add(pair[1]);
            }
            transactions.run(() -> sql.query(select.toString(), values, row -> {
                LocalDate from = Sql.date(row, "a");
                LocalDate to = Sql.date(row, "b");
                long years = Period.between(from, to).getYears();
                long months = ChronoUnit.MONTHS.between(from, to);
                long days = ChronoUnit.DAYS.between(from, to);
                if (row.getLong(3) != years || row.getLong(4) != months || row.getLong(5) != days) {
                    disagreements.add(from + " → " + to + ": SQL " + row.getLong(3) + "y " + row.getLong(4) + "m "
                            + row.getLong(5) + "d, Java " + years + "y " + months + "m " + days + "d");
                }
                return null;
            }));
        }
        assertThat(pairs).hasSizeGreaterThan(10_000);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void adding_and_taking_months_clamps_to_the_month_end_as_java_does() {
        List<LocalDate> days = monthEnds();
        var columns = new StringJoiner(", ");
        int[] months = {1, 3, 6, 12};
        for (int month : months) {
            columns.add(SqlDates.plusMonths("p.a", Integer.toString(month)));
            columns.add(SqlDates.minusMonths("p.a", Integer.toString(month)));
        }
        // The window around a snapshot: N months after leaving, then three months either side.
        columns.add(SqlDates.minusMonths(SqlDates.plusMonths("p.a", "6"), "3"));
        columns.add(SqlDates.plusMonths(SqlDates.plusMonths("p.a", "12"), "3"));
        var select = new StringJoiner(" UNION ALL ", "SELECT p.a, " + columns + " FROM (", ") p");
        days.forEach(day -> select.add("SELECT CAST(? AS DATE) AS a"));
        List<String> disagreements = new ArrayList<>();
        transactions.run(() -> sql.query(select.toString(), List.copyOf(days), row -> {
            LocalDate day = Sql.date(row, "a");
            List<LocalDate> java = new ArrayList<>();
            for (int month : months) {
                java.add(day.plusMonths(month));
                java.add(day.minusMonths(month));
            }
            java.add(day.plusMonths(6).minusMonths(3));
            java.add(day.plusMonths(12).plusMonths(3));
            for (int column = 0; column < java.size(); column++) {
                LocalDate inSql = row.getObject(column + 2, LocalDate.class);
                if (!inSql.equals(java.get(column))) {
                    disagreements.add(day + " column " + (column + 2) + ": SQL " + inSql + ", Java " + java.get(column));
                }
            }
            return null;
        }));
        assertThat(days).contains(LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2023, 8, 31));
        assertThat(disagreements).isEmpty();
    }
}
