package org.tremplin.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Region")
class RegionTest {

    private static List<String> allCodes() {
        return Arrays.stream(Region.values()).flatMap(region -> region.departementCodes().stream()).toList();
    }

    @Test
    @DisplayName("there are 18 regions: 13 in metropolitan France and 5 overseas")
    void eighteenRegions() {
        Set<Region> overseas = Arrays.stream(Region.values())
                .filter(region -> region.departementCodes().stream().allMatch(code -> code.length() == 3))
                .collect(Collectors.toSet());

        assertThat(Region.values()).hasSize(18);
        assertThat(overseas).containsExactlyInAnyOrder(Region.GUADELOUPE, Region.MARTINIQUE, Region.GUYANE,
                Region.LA_REUNION, Region.MAYOTTE);
    }

    @Test
    @DisplayName("lists the 101 départements, each in exactly one region")
    void hundredAndOneDepartements() {
        List<String> codes = allCodes();

        assertThat(codes).hasSize(101).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("lists exactly 01 to 95 without 20, then 2A and 2B, then 971 to 974 and 976")
    void exactListOfDepartements() {
        Set<String> expected = new TreeSet<>();
        IntStream.rangeClosed(1, 95).filter(n -> n != 20).mapToObj(n -> String.format("%02d", n))
                .forEach(expected::add);
        expected.addAll(List.of("2A", "2B", "971", "972", "973", "974", "976"));

        assertThat(expected).hasSize(101);
        assertThat(new TreeSet<>(allCodes())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} has {1} départements")
    @CsvSource({
            "AUVERGNE_RHONE_ALPES, 12", "BOURGOGNE_FRANCHE_COMTE, 8", "BRETAGNE, 4", "CENTRE_VAL_DE_LOIRE, 6",
            "CORSE, 2", "GRAND_EST, 10", "HAUTS_DE_FRANCE, 5", "ILE_DE_FRANCE, 8", "NORMANDIE, 5",
            "NOUVELLE_AQUITAINE, 12", "OCCITANIE, 13", "PAYS_DE_LA_LOIRE, 5", "PROVENCE_ALPES_COTE_D_AZUR, 6",
            "GUADELOUPE, 1", "MARTINIQUE, 1", "GUYANE, 1", "LA_REUNION, 1", "MAYOTTE, 1"})
    void departementsPerRegion(Region region, int count) {
        assertThat(region.departementCodes()).hasSize(count);
    }

    @ParameterizedTest(name = "{0} is INSEE region {1}, \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "AUVERGNE_RHONE_ALPES | 84 | Auvergne-Rhône-Alpes",
            "BOURGOGNE_FRANCHE_COMTE | 27 | Bourgogne-Franche-Comté",
            "BRETAGNE | 53 | Bretagne",
            "CENTRE_VAL_DE_LOIRE | 24 | Centre-Val de Loire",
            "CORSE | 94 | Corse",
            "GRAND_EST | 44 | Grand Est",
            "HAUTS_DE_FRANCE | 32 | Hauts-de-France",
            "ILE_DE_FRANCE | 11 | Île-de-France",
            "NORMANDIE | 28 | Normandie",
            "NOUVELLE_AQUITAINE | 75 | Nouvelle-Aquitaine",
            "OCCITANIE | 76 | Occitanie",
            "PAYS_DE_LA_LOIRE | 52 | Pays de la Loire",
            "PROVENCE_ALPES_COTE_D_AZUR | 93 | Provence-Alpes-Côte d'Azur",
            "GUADELOUPE | 01 | Guadeloupe",
            "MARTINIQUE | 02 | Martinique",
            "GUYANE | 03 | Guyane",
            "LA_REUNION | 04 | La Réunion",
            "MAYOTTE | 06 | Mayotte"})
    void inseeCodesAndNames(Region region, String inseeCode, String frenchName) {
        assertThat(region.inseeCode()).isEqualTo(inseeCode);
        assertThat(region.frenchName()).isEqualTo(frenchName);
    }

    @Test
    @DisplayName("INSEE region codes are unique")
    void inseeCodesUnique() {
        assertThat(Arrays.stream(Region.values()).map(Region::inseeCode)).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "département {0} is in {1}")
    @CsvSource({
            "01, AUVERGNE_RHONE_ALPES", "69, AUVERGNE_RHONE_ALPES", "21, BOURGOGNE_FRANCHE_COMTE",
            "90, BOURGOGNE_FRANCHE_COMTE", "35, BRETAGNE", "45, CENTRE_VAL_DE_LOIRE", "2A, CORSE", "2B, CORSE",
            "67, GRAND_EST", "08, GRAND_EST", "59, HAUTS_DE_FRANCE", "75, ILE_DE_FRANCE", "93, ILE_DE_FRANCE",
            "14, NORMANDIE", "27, NORMANDIE", "33, NOUVELLE_AQUITAINE", "87, NOUVELLE_AQUITAINE", "34, OCCITANIE",
            "31, OCCITANIE", "09, OCCITANIE", "44, PAYS_DE_LA_LOIRE", "13, PROVENCE_ALPES_COTE_D_AZUR",
            "971, GUADELOUPE", "972, MARTINIQUE", "973, GUYANE", "974, LA_REUNION", "976, MAYOTTE"})
    void regionOfDepartement(String code, Region region) {
        Departement departement = new Departement(code);

        assertThat(Region.of(departement)).contains(region);
        assertThat(region.contains(departement)).isTrue();
        assertThat(Arrays.stream(Region.values()).filter(r -> r.contains(departement))).containsExactly(region);
    }

    @ParameterizedTest(name = "{0} does not contain Paris (75)")
    @EnumSource(value = Region.class, mode = EnumSource.Mode.EXCLUDE, names = "ILE_DE_FRANCE")
    void otherRegionsDoNotContainParis(Region region) {
        assertThat(region.contains(new Departement("75"))).isFalse();
    }

    @Test
    @DisplayName("a region's list of départements cannot be changed")
    void listIsImmutable() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> Region.OCCITANIE.departementCodes().add("20"));
    }
}
