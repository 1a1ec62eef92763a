package org.tremplin.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void an_administrator_may_do_everything() {
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Permission.class));
    }

    @Test
    void a_school_manager_may_do_everything_but_manage_access_health_data_included() {
        assertThat(Role.SCHOOL_MANAGER.permissions())
                .doesNotContain(Permission.MANAGE_ACCESS)
                .contains(Permission.READ_HEALTH_DATA, Permission.READ_PERSONAL_DATA, Permission.MANAGE_LEARNERS)
                .hasSize(Permission.values().length - 1);
    }

    @Test
    void a_funder_viewer_reads_the_network_funding_and_indicators_and_no_personal_data() {
        assertThat(Role.FUNDER_VIEWER.permissions())
                .containsExactlyInAnyOrder(Permission.READ_NETWORK, Permission.READ_FUNDING, Permission.READ_INDICATORS);
    }

    @Test
    void the_permissions_of_a_role_cannot_be_changed_by_a_caller() {
        assertThat(Role.FUNDER_VIEWER.permissions()).isUnmodifiable();
    }
}
