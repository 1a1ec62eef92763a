package org.tremplin.application.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.contract.PortContract;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.port.out.TabularFile;
import org.tremplin.application.port.out.TabularFileReader;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.school.SchoolId;

/**
 * What the import scenarios share: use cases over the ports of the adapter under test (each
 * adapter's test module runs the scenarios against its own ports, as it runs the port contracts),
 * called by the actor a test chooses.
 */
public abstract class ImportScenarios extends PortContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), ZoneOffset.UTC);

    /** Who calls the use cases; the whole network with every permission unless a test says otherwise. */
    protected Actor actor = Actor.system();

    protected UseCaseSupport support() {
        return new UseCaseSupport(() -> actor, ports.transactions(), ports.auditTrail(), CLOCK, UUID::randomUUID);
    }

    protected static Actor scopedTo(SchoolId school, Permission... permissions) {
        return new Actor("manager-" + school, Set.of(permissions), Optional.of(Set.of(school)));
    }

    protected static Actor networkWide(Permission... permissions) {
        return new Actor("network-manager", Set.of(permissions), Optional.empty());
    }

    /**
     * A file reader for the scenarios: UTF-8, commas, no quotes, no blank lines. The real reader
     * is an adapter, tested on its own; here only what the use case does with a header and rows
     * matters.
     */
    protected static final TabularFileReader PLAIN_COMMAS = content -> {
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        List<String> header = List.of(lines.getFirst().split(",", -1));
        List<TabularFile.Row> rows = new ArrayList<>();
        for (int line = 2; line <= lines.size(); line++) {
            String[] cells = lines.get(line - 1).split(",", -1);
            Map<String, String> values = new LinkedHashMap<>();
            for (int column = 0; column < cells.length; column++) {
                if (!cells[column].isEmpty()) {
                    values.put(header.get(column), cells[column]);
                }
            }
            rows.add(new TabularFile.Row(line, values));
        }
        return new TabularFile("UTF-8", ',', header, rows);
    };

    protected static ImportRow row(int line, Map<String, String> values) {
        return new ImportRow(line, values);
    }

    /** {@code values} with {@code column} set to {@code value}, or removed when {@code value} is null (an empty cell). */
    protected static Map<String, String> with(Map<String, String> values, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (value == null) {
            changed.remove(column);
        } else {
            changed.put(column, value);
        }
        return changed;
    }

    protected List<String> auditedActions() {
        return ports.auditTrail().since(Instant.EPOCH, 10_000).stream().map(AuditEntry::action).toList();
    }
}
