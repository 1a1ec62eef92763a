package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Permission;

/**
 * The school resource end to end over HTTP on MariaDB: the contract every resource of the API
 * follows (Location and ETag, If-Match, problem documents, paging, filters, CSV export).
 */
class SchoolApiSystemTest {
    private static Api admin;

    @BeforeAll
    static void token() {
        admin = Api.withToken(Tokens.withScopes(Permission.READ_NETWORK, Permission.MANAGE_NETWORK));
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    private static Api.Reply plan(String name) {
        return admin.post("/api/v1/schools", """
                {"name": "%s", "town": "Castelnau-le-Lez", "region": "OCCITANIE", "departement": "34"}"""
                .formatted(name));
    }

    @Test
    void a_planned_school_answers_201_with_its_location_and_etag_and_reads_back() {
        String name = unique("École IA Castelnau");
        Api.Reply created = plan(name);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).startsWith("/api/v1/schools/");
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(created.json().get("status").getStringValue()).isEqualTo("PLANNED");

        Api.Reply read = admin.get(created.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").getStringValue()).isEqualTo(name);
        assertThat(read.json().get("regionName").getStringValue()).isEqualTo("Occitanie");
        assertThat(read.etag()).isEqualTo(created.etag());

        Api.Reply unchanged = admin.header("If-None-Match", read.etag()).get(created.location());
        assertThat(unchanged.status()).isEqualTo(304);
    }

    @Test
    void a_change_needs_the_etag_read_and_a_stale_one_is_refused_without_writing() {
        Api.Reply created = plan(unique("École IA Montpellier"));
        String renamed = unique("École IA Montpellier Nord");
        String body = """
                {"name": "%s", "town": "Montpellier", "region": "OCCITANIE", "departement": "34"}""".formatted(renamed);

        Api.Reply withoutIfMatch = admin.put(created.location(), body);
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(withoutIfMatch.contentType()).startsWith("application/problem+json");
        assertThat(withoutIfMatch.json().get("code").getStringValue()).isEqualTo("request.if-match-required");

        Api.Reply changed = admin.header("If-Match", created.etag()).put(created.location(), body);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"2\"");

        Api.Reply stale = admin.header("If-Match", created.etag()).put(created.location(),
                body.replace(renamed, renamed + " bis"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").getStringValue()).isEqualTo("record.stale-version");
        assertThat(admin.get(created.location()).json().get("name").getStringValue()).isEqualTo(renamed);
    }

    @Test
    void invalid_fields_are_all_named_in_one_400() {
        Api.Reply refused = admin.post("/api/v1/schools", """
                {"name": "", "town": "Nîmes", "region": "ATLANTIS", "plannedOpening": "2026-13-45"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").getIntValue()).isEqualTo(400);
        assertThat(refused.fieldsInError()).contains("region", "plannedOpening");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void the_domain_refuses_a_departement_outside_the_region_by_field() {
        Api.Reply refused = admin.post("/api/v1/schools", """
                {"name": "%s", "town": "Lyon", "region": "OCCITANIE", "departement": "69"}"""
                .formatted(unique("École IA Lyon")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldsInError()).containsExactly("departement");
    }

    @Test
    void a_transition_the_domain_refuses_is_a_422_and_an_allowed_one_moves_the_etag() {
        Api.Reply created = plan(unique("École IA Sète"));

        Api.Reply closedWhilePlanned = admin.header("If-Match", created.etag())
                .post(created.location() + "/closure", "{\"on\": \"2026-01-10\"}");
        assertThat(closedWhilePlanned.status()).isEqualTo(422);
        assertThat(closedWhilePlanned.json().get("code").getStringValue()).isEqualTo("school.illegal-transition");

        Api.Reply opened = admin.header("If-Match", created.etag())
                .post(created.location() + "/opening", "{\"on\": \"2026-01-10\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().get("status").getStringValue()).isEqualTo("OPEN");
        assertThat(opened.etag()).isEqualTo("\"2\"");
    }

    @Test
    void unknown_records_routes_and_media_types_are_problems_too() {
        Api.Reply missing = admin.get("/api/v1/schools/0190c3a4-0000-7000-8000-000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");

        Api.Reply badId = admin.get("/api/v1/schools/not-a-uuid");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.fieldsInError()).containsExactly("id");

        Api.Reply noRoute = admin.get("/api/v1/nothing-here");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.contentType()).startsWith("application/problem+json");

        Api.Reply xml = admin.postBytes("/api/v1/schools", "application/xml",
                "<school/>".getBytes(StandardCharsets.UTF_8));
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.contentType()).startsWith("application/problem+json");

        Api.Reply brokenJson = admin.post("/api/v1/schools", "{\"name\": ");
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(brokenJson.contentType()).startsWith("application/problem+json");
        assertThat(brokenJson.body()).doesNotContain("\tat ");
    }

    @Test
    void lists_page_with_a_total_count_and_a_hard_maximum_size() {
        String town = unique("Alès");
        for (int i = 0; i < 3; i++) {
            plan(town + " " + i);
        }

        Api.Reply first = admin.get("/api/v1/schools?text=" + Api.queryValue(town) + "&size=2&sort=-name");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("totalItems").getLongValue()).isEqualTo(3);
        assertThat(first.json().get("items").size()).isEqualTo(2);
        assertThat(first.json().get("hasNext").getBooleanValue()).isTrue();
        assertThat(first.json().get("items").get(0).get("name").getStringValue()).endsWith(" 2");

        Api.Reply second = admin.get("/api/v1/schools?text=" + Api.queryValue(town) + "&size=2&sort=-name&page=1");
        assertThat(second.json().get("items").size()).isEqualTo(1);
        assertThat(second.json().get("items").get(0).get("name").getStringValue()).endsWith(" 0");

        Api.Reply tooBig = admin.get("/api/v1/schools?size=501");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.fieldsInError()).containsExactly("size");

        Api.Reply badSort = admin.get("/api/v1/schools?sort=budget");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.fieldsInError()).containsExactly("sort");
    }

    @Test
    void updated_since_lists_only_what_changed_after_the_instant() throws InterruptedException {
        String town = unique("Béziers");
        plan(town + " old");
        Thread.sleep(20);
        Instant since = Instant.now();
        Thread.sleep(20);
        plan(town + " new");

        Api.Reply recent = admin.get("/api/v1/schools?text=" + Api.queryValue(town) + "&updated-since=" + since);
        assertThat(recent.status()).as(recent.toString()).isEqualTo(200);
        assertThat(recent.json().get("totalItems").getLongValue()).isEqualTo(1);
        assertThat(recent.json().get("items").get(0).get("name").getStringValue()).endsWith("new");

        Api.Reply badInstant = admin.get("/api/v1/schools?updated-since=yesterday");
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.fieldsInError()).containsExactly("updated-since");
    }

    @Test
    void every_page_of_a_list_downloads_as_csv() {
        String town = unique("Narbonne");
        plan(town + " A");
        plan(town + " B");

        Api.Reply csv = admin.header("Accept", "text/csv")
                .get("/api/v1/schools?text=" + Api.queryValue(town) + "&size=1");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r?\n");
        assertThat(lines[0]).isEqualTo("id,version,name,town,region,departement,status,opened_on,closed_on");
        assertThat(lines).hasSize(3);

        Api.Reply excel = admin.header("Accept", "text/csv")
                .get("/api/v1/schools?text=" + Api.queryValue(town) + "&csvFlavour=excel-fr");
        assertThat(excel.bytes()[0]).isEqualTo((byte) 0xEF);
        assertThat(excel.body()).contains("id;version;name");
    }
}
