package org.tremplin.application.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.port.out.AuditEntry;
import org.tremplin.application.testing.TestUseCases;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.school.SchoolId;

class ChangeFeedServiceTest {
    private static final Duration SETTLE = ChangeFeedService.DEFAULT_SETTLE_DELAY;
    private TestUseCases useCases;
    private ChangeFeed feed;

    @BeforeEach
    void anEmptyTrail() {
        useCases = new TestUseCases();
        feed = new ChangeFeedService(useCases.auditTrail(), useCases.support());
    }

    @Test
    void pages_through_settled_changes_oldest_first_without_reading_any_twice() {
        record("school.planned", "school");
        record("cohort.opened", "cohort");
        record("learner.enrolled", "learner");
        settle();

        ChangePage first = feed.changesAfter(0, 2);
        ChangePage second = feed.changesAfter(first.nextCursor(), 2);
        ChangePage empty = feed.changesAfter(second.nextCursor(), 2);

        assertThat(first.changes()).extracting(Change::action).containsExactly("school.planned", "cohort.opened");
        assertThat(first.nextCursor()).isEqualTo(2);
        assertThat(first.more()).isTrue();
        assertThat(second.changes()).extracting(Change::action).containsExactly("learner.enrolled");
        assertThat(second.nextCursor()).isEqualTo(3);
        assertThat(second.more()).isFalse();
        assertThat(empty.changes()).isEmpty();
        assertThat(empty.nextCursor()).isEqualTo(3);
        assertThat(empty.more()).isFalse();
    }

    @Test
    void a_change_carries_the_entry_but_never_its_actor() {
        Instant at = useCases.clock().instant();
        String id = UUID.randomUUID().toString();
        useCases.auditTrail().record(new AuditEntry(at, "account-7", "learner.graduated", "learner", id));
        settle();

        assertThat(feed.changesAfter(0, 10).changes()).containsExactly(new Change(1, at, "learner.graduated", "learner", id));
    }

    @Test
    void a_caller_sees_only_the_record_types_they_may_read_yet_moves_past_the_others() {
        record("learner.enrolled", "learner");
        record("school.opened", "school");
        record("funding.committed", "funding-commitment");
        settle();
        useCases.callAs(networkWide(Permission.READ_NETWORK));

        ChangePage page = feed.changesAfter(0, 10);

        assertThat(page.changes()).extracting(Change::recordType).containsExactly("school");
        assertThat(page.nextCursor()).isEqualTo(3);
    }

    @Test
    void a_page_of_changes_the_caller_may_not_see_is_empty_but_says_more_may_follow() {
        record("learner.enrolled", "learner");
        record("learner.graduated", "learner");
        record("school.opened", "school");
        settle();
        useCases.callAs(networkWide(Permission.READ_NETWORK));

        ChangePage hidden = feed.changesAfter(0, 2);
        ChangePage visible = feed.changesAfter(hidden.nextCursor(), 2);

        assertThat(hidden.changes()).isEmpty();
        assertThat(hidden.nextCursor()).isEqualTo(2);
        assertThat(hidden.more()).isTrue();
        assertThat(visible.changes()).extracting(Change::action).containsExactly("school.opened");
    }

    @Test
    void entries_younger_than_the_settle_delay_are_held_back_with_all_that_follow() {
        record("school.planned", "school");
        useCases.clock().advance(SETTLE);
        record("school.opened", "school");
        Instant youngAt = useCases.clock().instant();

        ChangePage now = feed.changesAfter(0, 10);

        assertThat(now.changes()).extracting(Change::action).containsExactly("school.planned");
        assertThat(now.nextCursor()).isEqualTo(1);
        assertThat(now.more()).isFalse();
        useCases.clock().set(youngAt.plus(SETTLE).minusNanos(1));
        assertThat(feed.changesAfter(now.nextCursor(), 10).changes()).isEmpty();
        useCases.clock().set(youngAt.plus(SETTLE));
        assertThat(feed.changesAfter(now.nextCursor(), 10).changes()).extracting(Change::action)
                .containsExactly("school.opened");
    }

    /** A smaller sequence can become visible after a larger one: the feed must not move past a young entry. */
    @Test
    void an_older_entry_after_a_young_one_waits_for_the_young_one() {
        Instant start = useCases.clock().instant();
        record("school.planned", "school");
        useCases.auditTrail().record(new AuditEntry(start.minus(Duration.ofMinutes(1)), "system", "cohort.opened",
                "cohort", UUID.randomUUID().toString()));
        useCases.clock().set(start.plus(SETTLE).minusNanos(1));

        ChangePage page = feed.changesAfter(0, 10);

        assertThat(page.changes()).isEmpty();
        assertThat(page.nextCursor()).isZero();
        assertThat(page.more()).isFalse();
    }

    @Test
    void a_full_page_says_no_more_when_what_follows_is_still_settling() {
        record("school.planned", "school");
        useCases.clock().advance(SETTLE);
        record("school.opened", "school");

        ChangePage page = feed.changesAfter(0, 1);

        assertThat(page.changes()).hasSize(1);
        assertThat(page.more()).isFalse();
    }

    @Test
    void a_settle_delay_of_zero_shows_changes_at_once() {
        feed = new ChangeFeedService(useCases.auditTrail(), useCases.support(), Duration.ZERO);
        record("school.planned", "school");

        assertThat(feed.changesAfter(0, 10).changes()).hasSize(1);
        assertThatThrownBy(() -> new ChangeFeedService(useCases.auditTrail(), useCases.support(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_record_type_the_feed_does_not_know_is_shown_to_nobody() {
        record("mystery.changed", "mystery");
        record("school.planned", "school");
        settle();

        assertThat(feed.changesAfter(0, 10).changes()).extracting(Change::recordType).containsExactly("school");
        assertThat(ChangeFeedService.permissionToRead("mystery")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "school, READ_NETWORK", "programme, READ_NETWORK", "cohort, READ_NETWORK", "partner, READ_NETWORK",
            "applicant, READ_PERSONAL_DATA", "learner, READ_PERSONAL_DATA",
            "funding-commitment, READ_FUNDING", "parity-rule, READ_FUNDING",
            "work-study-contract, READ_CONTRACTS", "employment-outcome, READ_OUTCOMES"})
    void each_record_type_needs_the_permission_that_reads_it(String recordType, Permission permission) {
        assertThat(ChangeFeedService.permissionToRead(recordType)).contains(permission);
    }

    @Test
    void accepts_the_bounds_of_cursor_and_limit() {
        assertThat(feed.changesAfter(0, 1).changes()).isEmpty();
        assertThat(feed.changesAfter(Long.MAX_VALUE, ChangeFeed.MAX_LIMIT).changes()).isEmpty();
    }

    @Nested
    class Refuses {
        @Test
        void a_caller_limited_to_some_schools() {
            useCases.callAs(new Actor("manager-3", EnumSet.allOf(Permission.class),
                    Optional.of(Set.of(new SchoolId(UUID.randomUUID())))));

            assertThatThrownBy(() -> feed.changesAfter(0, 10)).isInstanceOfSatisfying(ForbiddenException.class,
                    refused -> assertThat(refused.code()).isEqualTo("access.network-wide-only"));
        }

        @Test
        void a_caller_who_may_read_none_of_the_record_types() {
            useCases.callAs(networkWide(Permission.MANAGE_NETWORK, Permission.READ_INDICATORS, Permission.MANAGE_ACCESS));

            assertThatThrownBy(() -> feed.changesAfter(0, 10)).isInstanceOfSatisfying(ForbiddenException.class,
                    refused -> assertThat(refused.code()).isEqualTo("access.permission-missing"));
        }

        @Test
        void an_anonymous_caller() {
            useCases.callAs(Actor.anonymous());

            assertThatThrownBy(() -> feed.changesAfter(0, 10)).isInstanceOf(ForbiddenException.class);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, ChangeFeed.MAX_LIMIT + 1})
        void a_limit_out_of_range(int limit) {
            assertThatThrownBy(() -> feed.changesAfter(0, limit)).isInstanceOfSatisfying(InvalidValueException.class,
                    invalid -> {
                        assertThat(invalid.field()).contains("limit");
                        assertThat(invalid.code()).isEqualTo(ErrorCodes.OUT_OF_RANGE);
                    });
        }

        @Test
        void a_negative_cursor_and_a_bad_limit_at_once() {
            assertThatThrownBy(() -> feed.changesAfter(-1, 0)).isInstanceOfSatisfying(InvalidValueException.class,
                    invalid -> assertThat(invalid.violations()).extracting(FieldViolation::field)
                            .containsExactly("cursor", "limit"));
        }
    }

    private void record(String action, String recordType) {
        useCases.auditTrail().record(new AuditEntry(useCases.clock().instant(), "system", action, recordType,
                UUID.randomUUID().toString()));
    }

    private void settle() {
        useCases.clock().advance(SETTLE);
    }

    private static Actor networkWide(Permission... permissions) {
        return new Actor("integrator-1", EnumSet.of(permissions[0], permissions), Optional.empty());
    }
}
