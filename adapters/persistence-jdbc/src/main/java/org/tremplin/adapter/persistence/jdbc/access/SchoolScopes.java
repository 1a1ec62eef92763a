package org.tremplin.adapter.persistence.jdbc.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.domain.school.SchoolId;

/**
 * The schools an account or a token is limited to, one row each in a table of its own
 * ({@code user_account_school}, {@code api_token_school}). Whether the record is network-wide is a
 * column of the record itself: a record that is not, yet has no school rows, fails to load
 * rather than reads as unlimited.
 */
final class SchoolScopes {
    private final Sql sql;
    private final String table;
    private final String ownerColumn;

    SchoolScopes(Sql sql, String table, String ownerColumn) {
        this.sql = sql;
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    void insert(Map<String, Optional<Set<SchoolId>>> scopes) {
        List<List<Object>> rows = new ArrayList<>();
        scopes.forEach((owner, schools) -> schools.ifPresent(ids -> ids.forEach(school ->
                rows.add(List.of(owner, school.toString())))));
        sql.batch("INSERT INTO " + table + " (" + ownerColumn + ", school_id) VALUES (?, ?)", rows);
    }

    void replace(String owner, Optional<Set<SchoolId>> schools) {
        sql.update("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?", List.of(owner));
        insert(Map.of(owner, schools));
    }

    /** The scope of each owner: empty for a network-wide one, else the schools of its rows. */
    Map<String, Optional<Set<SchoolId>>> load(Collection<String> owners, Set<String> networkWide) {
        Map<String, Set<SchoolId>> schools = new HashMap<>();
        if (!owners.isEmpty()) {
            sql.query("SELECT " + ownerColumn + ", school_id FROM " + table + " WHERE " + ownerColumn + " IN ("
                    + Sql.marks(owners.size()) + ")", List.copyOf(owners), row -> schools
                    .computeIfAbsent(row.getString(1), owner -> new HashSet<>())
                    .add(SchoolId.parse(row.getString(2))));
        }
        Map<String, Optional<Set<SchoolId>>> scopes = new HashMap<>();
        for (String owner : owners) {
            scopes.put(owner, networkWide.contains(owner) ? Optional.empty()
                    : Optional.of(schools.getOrDefault(owner, Set.of())));
        }
        return scopes;
    }
}
