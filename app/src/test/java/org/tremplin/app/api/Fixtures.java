package org.tremplin.app.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerDetails;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.programme.ProgrammeDetails;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;

/** Records the API tests start from, made through the use cases as the system, with unique names. */
final class Fixtures {
    static final LocalDate COHORT_START = LocalDate.of(2025, 10, 6);

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    static School school() {
        return ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(SchoolAdministration.class).plan(
                new SchoolDetails(unique("École IA"), "Castelnau-le-Lez", Region.OCCITANIE, "34"), Optional.empty()));
    }

    static Programme programme() {
        return ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(ProgrammeAdministration.class).create(
                new ProgrammeDetails(unique("Développeur·se Data IA"), Optional.empty(), Optional.of(5),
                        Optional.empty(), Optional.empty())));
    }

    static Cohort cohort(School school) {
        Programme programme = programme();
        return ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(CohortAdministration.class).open(school.id(),
                programme.id(), new CohortDetails(unique("Promo"), COHORT_START, 24)));
    }

    static VisibleLearner learner(Cohort cohort, DisabilityStatus rqth) {
        return ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(LearnerAdministration.class).enrol(cohort.id(),
                person(rqth), COHORT_START));
    }

    /** A learner who left the centre after two months, for a job: outcomes can be recorded for them. */
    static VisibleLearner leaver(Cohort cohort) {
        VisibleLearner enrolled = learner(cohort, DisabilityStatus.UNDISCLOSED);
        LearnerAdministration learners = ApiSystemTestServer.bean(LearnerAdministration.class);
        VisibleLearner inCentre = ApiSystemTestServer.asSystem(() -> learners.startCentre(enrolled.id(), enrolled.version(),
                COHORT_START));
        return ApiSystemTestServer.asSystem(() -> learners.dropOut(inCentre.id(), inCentre.version(),
                COHORT_START.plusMonths(2), DropOutReason.FOUND_EMPLOYMENT));
    }

    static PersonDetails person(DisabilityStatus rqth) {
        return new PersonDetails("Awa", "Diallo", "awa." + System.nanoTime() + "@example.org",
                new InclusionProfile(Gender.WOMAN, LocalDate.of(1998, 3, 14), Optional.of(LocalDate.of(2024, 1, 2)),
                        true, Diploma.BAC), Optional.of(rqth));
    }

    /** A partner of a kind that needs no SIRET (a region, a tech company), engaged with one school. */
    static Partner partner(PartnerKind kind, School engagedWith, PartnerRole... roles) {
        Partner registered = ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(PartnerAdministration.class).register(
                new PartnerDetails(unique("Partenaire"), kind, Optional.empty())));
        return ApiSystemTestServer.asSystem(() -> ApiSystemTestServer.bean(PartnerAdministration.class).engage(registered.id(),
                registered.version(), engagedWith.id(), Set.of(roles)));
    }
}
