package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.person.DisabilityStatus;

/** Learners over HTTP: personal data by scope, RQTH only with the health-data scope, the journey's transitions. */
class LearnerApiSystemTest {

    @Test
    void rqth_is_returned_only_to_a_token_with_the_health_data_scope() {
        Cohort cohort = Fixtures.cohort(Fixtures.school());
        VisibleLearner learner = Fixtures.learner(cohort, DisabilityStatus.RECOGNISED);
        String path = "/api/v1/learners/" + learner.id();

        Api.Reply withoutHealth = Api.withToken(Tokens.withScopes(Permission.READ_PERSONAL_DATA)).get(path);
        assertThat(withoutHealth.status()).isEqualTo(200);
        assertThat(withoutHealth.json().get("familyName").getStringValue()).isEqualTo("Diallo");
        assertThat(withoutHealth.body()).doesNotContain("rqth").doesNotContain("RECOGNISED");

        Api.Reply withHealth = Api.withToken(
                Tokens.withScopes(Permission.READ_PERSONAL_DATA, Permission.READ_HEALTH_DATA)).get(path);
        assertThat(withHealth.json().get("rqth").getStringValue()).isEqualTo("RECOGNISED");

        Api.Reply listed = Api.withToken(Tokens.withScopes(Permission.READ_PERSONAL_DATA))
                .get("/api/v1/learners?cohort=" + cohort.id());
        assertThat(listed.json().get("items").get(0).get("rqth")).isNull();
        Api.Reply exported = Api.withToken(Tokens.withScopes(Permission.READ_PERSONAL_DATA))
                .header("Accept", "text/csv").get("/api/v1/learners?cohort=" + cohort.id());
        assertThat(exported.body()).doesNotContain("RECOGNISED");
    }

    @Test
    void sending_rqth_without_the_health_data_scope_is_refused() {
        Cohort cohort = Fixtures.cohort(Fixtures.school());
        Api integrator = Api.withToken(Tokens.integrator());

        Api.Reply refused = integrator.post("/api/v1/learners", enrolment(cohort, "\"rqth\": \"RECOGNISED\","));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_learner_is_enrolled_then_goes_through_centre_and_work_study_with_etags() {
        Cohort cohort = Fixtures.cohort(Fixtures.school());
        Api integrator = Api.withToken(Tokens.integrator());

        Api.Reply enrolled = integrator.post("/api/v1/learners", enrolment(cohort, ""));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        JsonNode learner = enrolled.json();
        assertThat(learner.get("status").getStringValue()).isEqualTo("ENROLLED");
        assertThat(learner.get("schoolId").getStringValue()).isEqualTo(cohort.schoolId().toString());

        Api.Reply inCentre = integrator.header("If-Match", enrolled.etag())
                .post(enrolled.location() + "/centre-start", "{\"on\": \"2025-10-06\"}");
        assertThat(inCentre.status()).as(inCentre.toString()).isEqualTo(200);
        assertThat(inCentre.json().get("status").getStringValue()).isEqualTo("IN_CENTRE");

        Api.Reply missingReason = integrator.header("If-Match", inCentre.etag())
                .post(enrolled.location() + "/drop-out", "{\"on\": \"2025-11-06\"}");
        assertThat(missingReason.status()).isEqualTo(400);
        assertThat(missingReason.fieldsInError()).containsExactly("reason");

        Api.Reply droppedOut = integrator.header("If-Match", inCentre.etag())
                .post(enrolled.location() + "/drop-out", "{\"on\": \"2025-11-06\", \"reason\": \"FOUND_EMPLOYMENT\"}");
        assertThat(droppedOut.status()).as(droppedOut.toString()).isEqualTo(200);
        assertThat(droppedOut.json().get("dropOutReason").getStringValue()).isEqualTo("FOUND_EMPLOYMENT");
    }

    @Test
    void a_person_with_several_mistakes_hears_about_all_of_them() {
        Cohort cohort = Fixtures.cohort(Fixtures.school());

        Api.Reply refused = Api.withToken(Tokens.integrator()).post("/api/v1/learners", """
                {"cohortId": "%s", "enrolledOn": "2025-10-06", "person": {"givenName": "Awa", "familyName": "",
                 "email": "not-an-email", "gender": "WOMAN", "dateOfBirth": "06/03/1998", "highestDiploma": "PHD"}}"""
                .formatted(cohort.id()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldsInError()).contains("dateOfBirth", "highestDiploma");
    }

    static String enrolment(Cohort cohort, String extra) {
        return """
                {"cohortId": "%s", "enrolledOn": "2025-10-06", "person": {"givenName": "Léa", "familyName": "Martin",
                 "email": "lea.%d@example.org", %s "gender": "WOMAN", "dateOfBirth": "2000-05-17",
                 "priorityNeighbourhood": true, "highestDiploma": "BAC"}}""".formatted(cohort.id(), System.nanoTime(),
                extra);
    }

}
