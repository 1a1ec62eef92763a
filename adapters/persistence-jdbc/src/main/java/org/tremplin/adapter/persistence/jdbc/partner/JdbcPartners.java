package org.tremplin.adapter.persistence.jdbc.partner;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.port.out.Partners;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.school.SchoolId;

/** Partners, with their roles per school in {@code partner_engagement}, one row per role. */
@Singleton
public final class JdbcPartners extends RowTable<Partner, PartnerId, PartnerRow> implements Partners {
    private static final String INSERT_ROLE = "INSERT INTO partner_engagement (partner_id, school_id, role) VALUES (?, ?, ?)";

    JdbcPartners(PartnerRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "partner", "partner", Partner::id, Partner::version, Partner::withVersion);
    }

    @Override
    public Page<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("partner p", "p.id")
                .whereEquals("p.kind", filter.kind())
                .whereText(filter.text(), "p.legal_name")
                .whereUpdatedSince("p.updated_at", filter.updatedSince());
        if (filter.school().isPresent() && filter.role().isPresent()) {
            query.where("EXISTS (SELECT 1 FROM partner_engagement e WHERE e.partner_id = p.id AND e.school_id = ? "
                    + "AND e.role = ?)", filter.school().get().toString(), filter.role().get().name());
        } else if (filter.school().isPresent()) {
            query.where("EXISTS (SELECT 1 FROM partner_engagement e WHERE e.partner_id = p.id AND e.school_id = ?)",
                    filter.school().get().toString());
        } else if (filter.role().isPresent()) {
            query.where("EXISTS (SELECT 1 FROM partner_engagement e WHERE e.partner_id = p.id AND e.role = ?)",
                    filter.role().get().name());
        }
        switch (sort.key()) {
            case LEGAL_NAME -> query.orderBy("p.legal_name", sort.isAscending());
            case KIND -> query.orderByCode("p.kind", sort.isAscending());
        }
        return page(query, page);
    }

    @Override
    public Map<PartnerId, String> legalNames(Collection<PartnerId> ids) {
        List<String> wanted = ids.stream().map(PartnerId::toString).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return read(() -> {
            Map<PartnerId, String> names = new HashMap<>();
            for (List<String> chunk : Sql.chunks(wanted, Sql.IN_LIST_SIZE)) {
                sql.query("SELECT id, legal_name FROM partner WHERE id IN (" + Sql.marks(chunk.size()) + ")", chunk,
                        row -> names.put(PartnerId.parse(row.getString("id")), row.getString("legal_name")));
            }
            return names;
        });
    }

    @Override
    protected void insert(List<Partner> partners, String updatedAt) {
        super.insert(partners, updatedAt);
        sql.batch(INSERT_ROLE, partners.stream().flatMap(partner -> roleRows(partner).stream()).toList());
    }

    @Override
    protected void update(Partner partner, String updatedAt) {
        super.update(partner, updatedAt);
        sql.update("DELETE FROM partner_engagement WHERE partner_id = ?", List.of(partner.id().toString()));
        sql.batch(INSERT_ROLE, roleRows(partner));
    }

    @Override
    protected List<Partner> records(List<PartnerRow> rows) {
        List<String> ids = rows.stream().map(PartnerRow::id).toList();
        Map<String, Map<SchoolId, Set<PartnerRole>>> engagements = new HashMap<>();
        sql.query("SELECT partner_id, school_id, role FROM partner_engagement WHERE partner_id IN (" + Sql.marks(ids.size())
                + ")", ids, row -> {
                    engagements.computeIfAbsent(row.getString("partner_id"), id -> new HashMap<>())
                            .computeIfAbsent(SchoolId.parse(row.getString("school_id")), school -> EnumSet.noneOf(PartnerRole.class))
                            .add(PartnerRole.valueOf(row.getString("role")));
                    return null;
                });
        return rows.stream()
                .map(row -> new Partner(PartnerId.parse(row.id()), row.version(), row.legalName(),
                        PartnerKind.valueOf(row.kind()), Optional.ofNullable(row.siret()).map(Siret::new),
                        engagements.getOrDefault(row.id(), Map.of())))
                .toList();
    }

    @Override
    protected PartnerRow row(Partner partner, String updatedAt) {
        return new PartnerRow(partner.id().toString(), partner.version(), partner.legalName(), partner.kind().name(),
                partner.siret().map(Siret::value).orElse(null), updatedAt);
    }

    private static List<List<Object>> roleRows(Partner partner) {
        List<List<Object>> result = new ArrayList<>();
        partner.engagements().forEach((school, roles) -> roles.forEach(role ->
                result.add(List.of(partner.id().toString(), school.toString(), role.name()))));
        return result;
    }
}
