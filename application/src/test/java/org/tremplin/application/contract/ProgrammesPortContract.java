package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.programme.RncpCode;

public abstract class ProgrammesPortContract extends RepositoryPortContract<Programme, ProgrammeId> {
    protected ProgrammesPortContract() {
        super(Programme::id, Programme::version, Programme::withVersion);
    }

    @Override
    protected Repository<Programme, ProgrammeId> repository() {
        return ports.programmes();
    }

    @Override
    protected Programme newRecord() {
        return data.programme();
    }

    @Override
    protected Programme changed(Programme programme) {
        return programme.revise(programme.title() + " (2024)", Optional.of(new RncpCode("RNCP37827")), Optional.of(6),
                new PhaseLengths(8, 12));
    }

    @Override
    protected Optional<List<Programme>> listUpdatedSince(Instant since) {
        var filter = new ProgrammeFilter(Optional.empty(), Optional.of(since));
        var sort = Sort.ascending(ProgrammeSortKey.TITLE);
        return Optional.of(ports.programmes().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void keeps_the_optional_fields_and_lists_by_title() {
        Programme data1 = ports.programmes().save(Programme.create(new ProgrammeId(ContractTestData.newId()),
                "Développeur·se Data IA", Optional.of(new RncpCode("RNCP34757")), Optional.of(5), PhaseLengths.ECOLE_IA));
        Programme bare = ports.programmes().save(Programme.create(new ProgrammeId(ContractTestData.newId()),
                "Assistant IA", Optional.empty(), Optional.empty(), new PhaseLengths(3, 0)));

        assertThat(ports.programmes().findById(data1.id())).contains(data1);
        assertThat(ports.programmes().findById(bare.id())).contains(bare);
        assertThat(ports.programmes().list(new ProgrammeFilter(Optional.of("developpeur"), Optional.empty()),
                Sort.ascending(ProgrammeSortKey.TITLE), PageRequest.first(10)).items()).containsExactly(data1);
        assertThat(ports.programmes().list(ProgrammeFilter.all(), Sort.ascending(ProgrammeSortKey.TITLE),
                PageRequest.first(10)).items()).containsExactly(bare, data1);
    }
}
