package org.tremplin.adapter.persistence.jdbc.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.domain.person.DisabilityStatus;

/**
 * The disability status of a person (an applicant, a learner), one row each in a table of its own
 * ({@code applicant_disability}, {@code learner_disability}), as health data that database grants
 * can keep from accounts which may read the rest of the record.
 *
 * @param table the table of the statuses
 * @param ownerColumn its column naming the person, whose row id it holds
 */
public record DisabilityStatuses(Sql sql, String table, String ownerColumn) {
    /** Writes the statuses of new persons, in one round trip. */
    public <T> void insert(List<T> persons, Function<T, String> idOf, Function<T, DisabilityStatus> statusOf) {
        sql.batch("INSERT INTO " + table + " (" + ownerColumn + ", status) VALUES (?, ?)", persons.stream()
                .map(person -> List.<Object>of(idOf.apply(person), statusOf.apply(person).name())).toList());
    }

    public void update(String owner, DisabilityStatus status) {
        sql.update("UPDATE " + table + " SET status = ? WHERE " + ownerColumn + " = ?", List.of(status.name(), owner));
    }

    /** The status of each person that has one; there must be at least one person. */
    public Map<String, DisabilityStatus> load(List<String> owners) {
        Map<String, DisabilityStatus> statuses = new HashMap<>();
        sql.query("SELECT " + ownerColumn + ", status FROM " + table + " WHERE " + ownerColumn + " IN ("
                        + Sql.marks(owners.size()) + ")", owners,
                row -> statuses.put(row.getString(ownerColumn), DisabilityStatus.valueOf(row.getString("status"))));
        return statuses;
    }
}
