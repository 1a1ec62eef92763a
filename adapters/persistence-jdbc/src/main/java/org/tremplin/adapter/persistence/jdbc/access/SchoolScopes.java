package org.tremplin.adapter.persistence.jdbc.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.domain.school.SchoolId;

/**
 * The schools an account or a token is limited to, one row each in a table of its own
 * ({@code user_account_school}, {@code api_token_school}). Whether the record is network-wide is a
 * column of the record itself: a record that is not, yet has no school rows, fails to load
 * rather than reads as unlimited.
 */
record SchoolScopes(Sql sql, String table, String ownerColumn) {
    /** Writes the school rows of new owners, by their row id; a network-wide owner has none. */
    <T> void insert(List<T> owners, Function<T, String> idOf, Function<T, Optional<Set<SchoolId>>> schoolsOf) {
        List<List<Object>> rows = new ArrayList<>();
        owners.forEach(owner -> schoolsOf.apply(owner).ifPresent(ids -> ids.forEach(school ->
                rows.add(List.of(idOf.apply(owner), school.toString())))));
        sql.batch("INSERT INTO " + table + " (" + ownerColumn + ", school_id) VALUES (?, ?)", rows);
    }

    void replace(String owner, Optional<Set<SchoolId>> schools) {
        sql.update("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?", List.of(owner));
        insert(List.of(owner), Function.identity(), id -> schools);
    }

    /**
     * The scope of the owner of each row: empty for a network-wide one (as its row says), else the
     * schools of its rows in the scope table.
     */
    <R> Map<String, Optional<Set<SchoolId>>> load(List<R> ownerRows, Function<R, String> idOf,
                                                  Predicate<R> networkWide) {
        return load(ownerRows.stream().map(idOf).toList(),
                ownerRows.stream().filter(networkWide).map(idOf).collect(Collectors.toSet()));
    }

    private Map<String, Optional<Set<SchoolId>>> load(Collection<String> owners, Set<String> networkWide) {
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
