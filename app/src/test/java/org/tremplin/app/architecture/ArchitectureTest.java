package org.tremplin.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of {@link ArchitectureRules}, checked against the production classes of every module. */
class ArchitectureTest {

    private static final String ROOT = "org.tremplin";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static Stream<RuleCatalogue.RuleFactory> rules() {
        return RuleCatalogue.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeFollows(RuleCatalogue.RuleFactory rule) {
        rule.forRoot(ROOT).check(production);
    }

    @Test
    void importSeesEveryModuleButNoTestClass() {
        assertThat(production.stream().map(JavaClass::getPackageName))
                .noneMatch(name -> name.startsWith("org.tremplin.archfixture"))
                .anyMatch(name -> name.startsWith(ROOT + ".domain."))
                .anyMatch(name -> name.startsWith(ROOT + ".application."))
                .anyMatch(name -> name.equals(ROOT + ".app"));
    }
}
