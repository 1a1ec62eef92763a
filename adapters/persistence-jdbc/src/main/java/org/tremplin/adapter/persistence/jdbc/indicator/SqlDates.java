package org.tremplin.adapter.persistence.jdbc.indicator;

/**
 * Date arithmetic in SQL that gives what {@code java.time} gives, on MySQL 8 and MariaDB alike
 * ({@code SqlDatesTest} checks it day by day around month ends and 29 February).
 *
 * <ul>
 *   <li>{@code TIMESTAMPDIFF(YEAR | MONTH, a, b)} counts whole units, one less when b's day of the
 *       month comes before a's, exactly as {@code Period.between(a, b).getYears()} and
 *       {@code ChronoUnit.MONTHS.between(a, b)} do (so 29 February to 28 February is one year short).</li>
 *   <li>{@code DATE_ADD / DATE_SUB(d, INTERVAL n MONTH)} clamp to the last day of a shorter month,
 *       as {@code plusMonths} and {@code minusMonths} do (31 August + 6 months = 28 or 29 February).</li>
 * </ul>
 */
final class SqlDates {
    private SqlDates() {
    }

    /** {@code Period.between(from, to).getYears()}. */
    static String wholeYears(String from, String to) {
        return "TIMESTAMPDIFF(YEAR, " + from + ", " + to + ")";
    }

    /** {@code ChronoUnit.MONTHS.between(from, to)}. */
    static String wholeMonths(String from, String to) {
        return "TIMESTAMPDIFF(MONTH, " + from + ", " + to + ")";
    }

    /** {@code ChronoUnit.DAYS.between(from, to)}. */
    static String days(String from, String to) {
        return "DATEDIFF(" + to + ", " + from + ")";
    }

    /** {@code date.plusMonths(months)}; {@code months} is an SQL expression (a column, a literal). */
    static String plusMonths(String date, String months) {
        return "DATE_ADD(" + date + ", INTERVAL " + months + " MONTH)";
    }

    /** {@code date.minusMonths(months)}. */
    static String minusMonths(String date, String months) {
        return "DATE_SUB(" + date + ", INTERVAL " + months + " MONTH)";
    }
}
