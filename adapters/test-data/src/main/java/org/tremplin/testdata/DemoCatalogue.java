package org.tremplin.testdata;

import java.time.LocalDate;
import java.util.List;
import org.tremplin.domain.partner.PartnerKind;

/**
 * The fixed facts the demo network is built on: real towns with their real département codes,
 * and made-up companies and people. No name of a person or company here is meant to be real; the
 * people's e-mail addresses use the reserved {@code .invalid} domain.
 */
final class DemoCatalogue {
    static final String PROGRAMME_TITLE = "Développeur·se Data IA";
    static final int PROGRAMME_LEVEL = 6;
    static final String EMAIL_DOMAIN = "exemple.invalid";

    /** A school cohorts start at every autumn, up to the generation date. */
    static final int EVERY_AUTUMN = Integer.MAX_VALUE;

    /** What becomes of a school, whatever the generation date. */
    enum Fate {
        RUNS,
        CLOSES_AFTER_ITS_COHORTS,
        /** Opens some months after the generation date, whatever it is. */
        OPENS_AFTER_THE_DATE
    }

    /**
     * A school of the network: its first cohort starts the day it opens, then one a year.
     *
     * @param cohorts how many cohorts it runs, or {@link #EVERY_AUTUMN}
     */
    record SchoolPlan(String town, String departement, LocalDate opening, int cohorts, Fate fate) {
        String name() {
            return "École IA " + town;
        }
    }

    static final String CASTELNAU = "Castelnau-le-Lez";

    // The first school in the regions opened at Castelnau-le-Lez in the autumn of 2018; the others
    // followed until 2022. Opening days are Mondays.
    static final List<SchoolPlan> SCHOOLS = List.of(
            new SchoolPlan(CASTELNAU, "34", LocalDate.of(2018, 10, 1), EVERY_AUTUMN, Fate.RUNS),
            new SchoolPlan("Issy-les-Moulineaux", "92", LocalDate.of(2018, 11, 19), 3, Fate.RUNS),
            new SchoolPlan("Lyon", "69", LocalDate.of(2019, 1, 14), 2, Fate.RUNS),
            new SchoolPlan("Marseille", "13", LocalDate.of(2019, 3, 4), 2, Fate.RUNS),
            new SchoolPlan("Nantes", "44", LocalDate.of(2019, 4, 1), 2, Fate.RUNS),
            new SchoolPlan("Lille", "59", LocalDate.of(2019, 9, 16), 2, Fate.RUNS),
            new SchoolPlan("Bordeaux", "33", LocalDate.of(2019, 10, 7), 2, Fate.RUNS),
            new SchoolPlan("Strasbourg", "67", LocalDate.of(2019, 11, 4), 1, Fate.RUNS),
            new SchoolPlan("Rennes", "35", LocalDate.of(2020, 1, 13), 2, Fate.RUNS),
            new SchoolPlan("Toulouse", "31", LocalDate.of(2020, 3, 2), 2, Fate.RUNS),
            new SchoolPlan("Montreuil", "93", LocalDate.of(2020, 9, 14), 3, Fate.RUNS),
            new SchoolPlan("Nice", "06", LocalDate.of(2020, 10, 5), 1, Fate.RUNS),
            new SchoolPlan("Grenoble", "38", LocalDate.of(2021, 1, 11), 1, Fate.RUNS),
            new SchoolPlan("Dijon", "21", LocalDate.of(2021, 3, 8), 2, Fate.CLOSES_AFTER_ITS_COHORTS),
            new SchoolPlan("Orléans", "45", LocalDate.of(2021, 9, 13), 1, Fate.RUNS),
            new SchoolPlan("Rouen", "76", LocalDate.of(2021, 10, 4), 2, Fate.RUNS),
            new SchoolPlan("Clermont-Ferrand", "63", LocalDate.of(2022, 1, 10), 1, Fate.RUNS),
            new SchoolPlan("Saint-Denis", "974", LocalDate.of(2022, 3, 7), 2, Fate.RUNS),
            new SchoolPlan("Ajaccio", "2A", LocalDate.of(2022, 9, 12), 1, Fate.RUNS),
            // Planned for January 2027; for a later generation date, a few months after it.
            new SchoolPlan("Reims", "51", LocalDate.of(2027, 1, 4), 0, Fate.OPENS_AFTER_THE_DATE));

    /** Schools where the region and Microsoft declared they fund equally, besides Castelnau-le-Lez. */
    static final List<String> PARITY_TOWNS = List.of("Lyon", "Nantes", "Marseille");
    /** The one of them where the region fell behind one year: its parity is not honoured. */
    static final String PARITY_GAP_TOWN = "Marseille";
    /** Schools where Microsoft also recruits former learners. */
    static final List<String> MICROSOFT_RECRUITS_AT = List.of(CASTELNAU, "Issy-les-Moulineaux", "Lyon", "Lille");

    /** A state service that funds some cohorts of the schools in the towns given. */
    record StateFunder(String legalName, List<String> towns) {
    }

    static final List<StateFunder> STATE_FUNDERS = List.of(
            new StateFunder("État — Préfecture de la région Occitanie", List.of(CASTELNAU, "Toulouse")),
            new StateFunder("État — Préfecture de La Réunion", List.of("Saint-Denis")));

    record Company(String legalName, PartnerKind kind) {
    }

    // Made up; any likeness to a real company is accidental.
    static final List<Company> COMPANIES = List.of(
            new Company("Groupe Hexagone Assurances", PartnerKind.LARGE_COMPANY),
            new Company("Banque Atlas", PartnerKind.LARGE_COMPANY),
            new Company("Datavia SAS", PartnerKind.SME),
            new Company("Mutuelle des Trois Garrigues", PartnerKind.LARGE_COMPANY),
            new Company("Énergies du Lez", PartnerKind.LARGE_COMPANY),
            new Company("Transports Méridien", PartnerKind.LARGE_COMPANY),
            new Company("Clinique numérique Sainte-Aube", PartnerKind.SME),
            new Company("Nébuleuse Analytics", PartnerKind.START_UP),
            new Company("Pixel & Garrigue", PartnerKind.START_UP),
            new Company("Octave Robotique", PartnerKind.START_UP),
            new Company("Sillon Agritech", PartnerKind.START_UP),
            new Company("Calanque Data", PartnerKind.START_UP),
            new Company("Boréal Santé Connectée", PartnerKind.START_UP),
            new Company("Quadrant Conseil", PartnerKind.SME),
            new Company("Vigie Logistique", PartnerKind.SME),
            new Company("Ateliers Numériques de l'Étang", PartnerKind.SME),
            new Company("Arpège Distribution", PartnerKind.LARGE_COMPANY),
            new Company("Kaolin Industries", PartnerKind.LARGE_COMPANY),
            new Company("Ondine Télécom", PartnerKind.LARGE_COMPANY),
            new Company("Tessel Ingénierie", PartnerKind.SME),
            new Company("Cap Amande Services", PartnerKind.SME),
            new Company("Lumen Assurances Mutuelles", PartnerKind.LARGE_COMPANY),
            new Company("Archipel Mobilités", PartnerKind.SME),
            new Company("Fenouil & Fils Agroalimentaire", PartnerKind.SME),
            new Company("Rivage Tourisme Numérique", PartnerKind.START_UP),
            new Company("Sextant Cybersécurité", PartnerKind.START_UP),
            new Company("Mistral Énergie Verte", PartnerKind.START_UP),
            new Company("Comptoir des Données", PartnerKind.SME),
            new Company("Horizon Bâtiment Connecté", PartnerKind.SME),
            new Company("Banque des Collines", PartnerKind.LARGE_COMPANY));

    /** Employers that are not partners of the network, named in follow-ups; made up as well. */
    static final List<String> OTHER_EMPLOYERS = List.of(
            "Cabinet Orée Conseil", "Mutuelle des Deux Rives", "Librairie Soléa", "Transports Garrigue Express",
            "Clinique du Val Fleuri", "Agence Tramontane Digital", "Coopérative Lavande Bio", "Hôtel des Amandiers",
            "Groupe Scolaire Les Tilleuls", "Régie des Eaux de la Vallée Verte", "Atelier Brume Design",
            "Marché Central Distribution", "Maison de Santé des Oliviers", "Start-up Coquelicot", "Opéra Data Lab");

    static final List<String> WOMEN_GIVEN_NAMES = List.of(
            "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Emma", "Julie", "Laura", "Marie", "Amina", "Fatou",
            "Yasmine", "Nadia", "Sophie", "Aurélie", "Élodie", "Céline", "Lina", "Mélissa", "Sandrine", "Nathalie",
            "Clara", "Anaïs");
    static final List<String> MEN_GIVEN_NAMES = List.of(
            "Lucas", "Hugo", "Thomas", "Nicolas", "Mehdi", "Karim", "Julien", "Maxime", "Alexandre", "Yanis", "Kevin",
            "Antoine", "Romain", "Mamadou", "Samir", "Florian", "Sébastien", "Enzo", "Théo", "Adrien", "Olivier",
            "Moussa", "Jérémy", "Bilal");
    static final List<String> OTHER_GIVEN_NAMES = List.of(
            "Camille", "Alex", "Charlie", "Sacha", "Morgan", "Dominique", "Claude", "Eden");
    static final List<String> FAMILY_NAMES = List.of(
            "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
            "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
            "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier",
            "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin",
            "Nguyen", "Diallo", "Benali", "Haddad", "Traoré", "Da Silva", "Martinez", "Ferreira");

    static final List<String> WORK_STUDY_JOB_TITLES = List.of(
            "Développeur·se data IA en apprentissage", "Data analyst en alternance", "Développeur·se IA en alternance",
            "Data engineer en alternance", "Chargé·e de projet IA en alternance");
    static final List<String> JOB_TITLES = List.of(
            "Développeur·se data", "Data analyst", "Data engineer", "Développeur·se IA", "Développeur·se Python",
            "Chargé·e d'études statistiques", "Consultant·e data", "Technicien·ne BI");
    static final String SELF_EMPLOYED_TITLE = "Consultant·e data indépendant·e";

    private DemoCatalogue() {
    }
}
