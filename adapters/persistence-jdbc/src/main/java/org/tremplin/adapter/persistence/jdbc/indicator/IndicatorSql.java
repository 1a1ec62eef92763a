package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.outcome.SituationCategory;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;

/**
 * The domain's definitions written as SQL expressions, generated from the domain's own enums so
 * that a new situation, diploma or stage cannot be forgotten here: which situations name an
 * employer, which category each situation counts in, who belongs to each inclusion group.
 */
final class IndicatorSql {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

    /** {@code ('PERMANENT_CONTRACT', ...)}: the situations in which someone pays the former learner. */
    static final String WITH_EMPLOYER = codes(Situation.values(), Situation::hasEmployer);
    /** The situations whose category is employment, salaried or not: what counts as a job created. */
    static final String IN_EMPLOYMENT = codes(Situation.values(), situation -> situation.category().isEmployment());
    /** The stages of the funnel proper. */
    static final String FUNNEL_STAGES = codes(SelectionStage.FUNNEL);
    private static final String BELOW_BAC = codes(Diploma.values(), Diploma::isBelowBac);
    private static final int UNDER_26 = 26;
    private static final int UNDER_30 = 30;

    private IndicatorSql() {
    }

    /** The {@link SituationCategory} code of a situation column; NULL stays NULL. */
    static String categoryOf(String situation) {
        var expression = new StringJoiner(" ", "CASE " + situation + " ", " END");
        for (Situation value : Situation.values()) {
            expression.add("WHEN " + code(value) + " THEN " + code(value.category()));
        }
        return expression.toString();
    }

    /** The result column that counts the members of {@code group}. */
    static String column(InclusionGroup group) {
        return "group_" + group.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code , SUM(...) AS group_women, ...}: how many rows belong to each inclusion group, their
     * profile in {@code person}'s columns, their disability in {@code disability}'s (absent when
     * never recorded), measured on {@code at}.
     */
    static String groupCounts(String person, String disability, String at) {
        var sums = new StringBuilder();
        for (InclusionGroup group : InclusionGroup.values()) {
            sums.append(", SUM(CASE WHEN ").append(includes(group, person, disability, at))
                    .append(" THEN 1 ELSE 0 END) AS ").append(column(group));
        }
        return sums.toString();
    }

    /** {@link InclusionGroup#includes} in SQL; a missing value (no job seeking date, no disability row) is false. */
    static String includes(InclusionGroup group, String person, String disability, String at) {
        return switch (group) {
            case WOMEN -> person + ".gender = " + code(Gender.WOMAN);
            case UNDER_26 -> SqlDates.wholeYears(person + ".date_of_birth", at) + " < " + UNDER_26;
            case UNDER_30 -> SqlDates.wholeYears(person + ".date_of_birth", at) + " < " + UNDER_30;
            case JOB_SEEKERS -> person + ".job_seeker_since <= " + at;
            case LONG_TERM_JOB_SEEKERS -> SqlDates.wholeMonths(person + ".job_seeker_since", at) + " >= "
                    + InclusionProfile.LONG_TERM_JOB_SEEKER_MONTHS;
            case PRIORITY_NEIGHBOURHOOD -> person + ".priority_neighbourhood IS TRUE";
            case RECOGNISED_DISABILITY -> disability + ".status = " + code(DisabilityStatus.RECOGNISED);
            case BELOW_BAC -> person + ".highest_diploma IN " + BELOW_BAC;
        };
    }

    /** An enum's code as an SQL literal; codes are written by the application and checked here. */
    static String code(Enum<?> value) {
        if (!CODE.matcher(value.name()).matches()) {
            throw new IllegalArgumentException("not a code: " + value.name());
        }
        return "'" + value.name() + "'";
    }

    static String codes(Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one code");
        }
        var list = new StringJoiner(", ", "(", ")");
        values.forEach(value -> list.add(code(value)));
        return list.toString();
    }

    private static <E extends Enum<E>> String codes(E[] values, Predicate<E> filter) {
        return codes(Arrays.stream(values).filter(filter).toList());
    }
}
