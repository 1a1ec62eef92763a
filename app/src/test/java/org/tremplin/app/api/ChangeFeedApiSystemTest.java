package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.school.School;

/** An integrator syncs by reading what changed after its last cursor, without rescanning the lists. */
class ChangeFeedApiSystemTest {

    @Test
    void the_feed_gives_each_change_once_in_order_and_a_cursor_to_continue_from() throws InterruptedException {
        Api integrator = Api.withToken(Tokens.withScopes(Permission.READ_NETWORK, Permission.MANAGE_NETWORK));
        String cursor = readAll(integrator, "0").cursor();

        School school = Fixtures.school();
        Api.Reply read = integrator.get("/api/v1/schools/" + school.id());
        integrator.header("If-Match", read.etag()).post("/api/v1/schools/" + school.id() + "/opening",
                "{\"on\": \"2025-09-01\"}");

        String id = school.id().toString();
        Feed feed = awaitChanges(integrator, cursor, id, 2);
        assertThat(feed.about(id)).extracting(change -> change.get("action").getStringValue())
                .containsExactly("school.planned", "school.opened");

        assertThat(readAll(integrator, feed.cursor()).about(id)).isEmpty();
    }

    @Test
    void a_caller_sees_only_the_record_types_its_scopes_cover() throws InterruptedException {
        Api networkOnly = Api.withToken(Tokens.withScopes(Permission.READ_NETWORK));
        String cursor = readAll(networkOnly, "0").cursor();

        var cohort = Fixtures.cohort(Fixtures.school());
        var learner = Fixtures.learner(cohort, org.tremplin.domain.person.DisabilityStatus.UNDISCLOSED);

        Feed feed = awaitChanges(networkOnly, cursor, cohort.id().toString(), 1);
        assertThat(feed.about(cohort.id().toString())).isNotEmpty();
        assertThat(feed.about(learner.id().toString())).isEmpty();
        assertThat(feed.changes()).extracting(change -> change.get("recordType").getStringValue())
                .doesNotContain("learner", "applicant");
    }

    @Test
    void a_token_limited_to_some_schools_or_without_a_read_scope_is_refused() {
        Api.Reply scoped = Api.withToken(Tokens.allScopesFor(Fixtures.school().id())).get("/api/v1/changes");
        assertThat(scoped.status()).isEqualTo(403);

        Api.Reply indicatorsOnly = Api.withToken(Tokens.withScopes(Permission.READ_INDICATORS)).get("/api/v1/changes");
        assertThat(indicatorsOnly.status()).isEqualTo(403);

        Api.Reply badCursor = Api.withToken(Tokens.withScopes(Permission.READ_NETWORK)).get("/api/v1/changes?after=x");
        assertThat(badCursor.status()).isEqualTo(400);
    }

    /** Changes settle for a while before the feed gives them (a later commit may hold a smaller sequence). */
    private static Feed awaitChanges(Api caller, String cursor, String recordId, int atLeast)
            throws InterruptedException {
        Feed feed = readAll(caller, cursor);
        for (int attempt = 0; attempt < 40 && feed.about(recordId).size() < atLeast; attempt++) {
            Thread.sleep(500);
            feed = readAll(caller, cursor);
        }
        return feed;
    }

    private static Feed readAll(Api caller, String after) {
        List<JsonNode> changes = new ArrayList<>();
        String cursor = after;
        boolean more = true;
        while (more) {
            Api.Reply page = caller.get("/api/v1/changes?limit=1000&after=" + cursor);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            JsonNode json = page.json();
            for (int i = 0; i < json.get("changes").size(); i++) {
                changes.add(json.get("changes").get(i));
            }
            cursor = json.get("nextCursor").getStringValue();
            more = json.get("more").getBooleanValue();
        }
        return new Feed(changes, cursor);
    }

    private record Feed(List<JsonNode> changes, String cursor) {
        List<JsonNode> about(String recordId) {
            return changes.stream().filter(change -> change.get("recordId").getStringValue().equals(recordId)).toList();
        }
    }
}
