package org.tremplin.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that the rules of {@link ArchitectureRules} can fail: each one is checked against a fixture
 * that breaks it on purpose (in {@code org.tremplin.archfixture.<case>}), and must report the
 * guilty classes and nothing else of the fixture. Each rule must also accept the conforming
 * fixture (so it does not simply always fail) and reject an empty import and a mistyped root (so
 * {@code failOnEmptyShould} is really on).
 *
 * <p>The fixtures are test classes: they are imported without {@code DO_NOT_INCLUDE_TESTS}.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURES = "org.tremplin.archfixture";
    private static final String CONFORMING = "conforming";
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /**
     * A fixture that breaks a rule. The class names are relative to the fixture's package.
     *
     * @param violators classes the failure message must name
     * @param evidence other text the message must contain (the forbidden dependency, typically)
     * @param innocents classes of the same fixture that follow the rule and must not be named
     */
    record Violation(String description, Function<String, ArchRule> rule, String fixture,
                     List<String> violators, List<String> evidence, List<String> innocents) {

        Violation violators(String... classes) {
            return new Violation(description, rule, fixture, List.of(classes), evidence, innocents);
        }

        Violation evidence(String... texts) {
            return new Violation(description, rule, fixture, violators, List.of(texts), innocents);
        }

        Violation innocents(String... classes) {
            return new Violation(description, rule, fixture, violators, evidence, List.of(classes));
        }

        String root() {
            return FIXTURES + "." + fixture;
        }

        String className(String relative) {
            return root() + "." + relative;
        }

        @Override
        public String toString() {
            return fixture + ": " + description;
        }
    }

    private static Violation violation(String description, Function<String, ArchRule> rule, String fixture) {
        return new Violation(description, rule, fixture, List.of(), List.of(), List.of());
    }

    static Stream<Violation> violations() {
        return Stream.of(
                violation("a Micronaut annotation and a Micronaut type in the domain",
                        ArchitectureRules::domainIsPureJava, "domainusesframework")
                        .violators("domain.BadSchool", "domain.SchoolNames")
                        .evidence("io.micronaut.core.annotation.Nullable", "io.micronaut.core.util.StringUtils")
                        .innocents("domain.GoodSchool"),
                violation("a use case using an adapter and a framework type",
                        ArchitectureRules::applicationDependsOnlyOnDomainAndJava, "applicationusesadapter")
                        .violators("application.school.SchoolService", "application.common.Texts")
                        .evidence("adapter.persistence.memory.InMemorySchools", "io.micronaut.core.util.StringUtils"),
                violation("the console using the persistence and the tabular files adapters, the domain using a port",
                        ArchitectureRules::hexagonalLayers, "adapterusesadapter")
                        .violators("ui.SchoolGrid", "ui.SchoolExport", "domain.school.School")
                        .evidence("adapter.persistence.memory.InMemorySchools", "adapter.tabular.SchoolCsv",
                                "application.port.out.Schools"),
                violation("an adapter package nobody declared",
                        ArchitectureRules::hexagonalLayers, "undeclaredadapter")
                        .violators("adapter.messaging.SchoolEvents")
                        .innocents("adapter.persistence.memory.InMemorySchools", "ui.SchoolView"),
                violation("an adapter and the domain using the composition root",
                        ArchitectureRules::nothingDependsOnTheCompositionRoot, "dependsoncompositionroot")
                        .violators("adapter.persistence.memory.InMemorySchools", "domain.School")
                        .evidence("app.Settings"),
                violation("Jakarta, Vaadin and Micronaut annotations in the core",
                        ArchitectureRules::coreUsesNoFrameworkAnnotations, "coreusesframeworkannotations")
                        .violators("domain.Learner", "application.OpenSchool", "application.CloseSchool")
                        .evidence("jakarta.annotation.Nullable", "com.vaadin.flow.component.Tag",
                                "io.micronaut.core.annotation.NonNull"),
                violation("application and ui depending on each other",
                        ArchitectureRules::noCyclesBetweenTopLevelPackages, "toplevelcycle")
                        .violators("application.Notifier", "ui.Banner")
                        .evidence("Cycle detected"),
                violation("two domain packages depending on each other",
                        ArchitectureRules::noCyclesBetweenDomainPackages, "domaincycle")
                        .violators("domain.school.School", "domain.learner.Learner")
                        .evidence("Cycle detected")
                        .innocents("domain.shared.Text"),
                violation("two console packages depending on each other",
                        ArchitectureRules::noCyclesBetweenConsolePackages, "consolecycle")
                        .violators("ui.access.SignIn", "ui.dashboard.Dashboard")
                        .evidence("Cycle detected")
                        .innocents("ui.component.Formats"),
                violation("two application packages depending on each other",
                        ArchitectureRules::noCyclesBetweenApplicationPackages, "applicationcycle")
                        .violators("application.access.Caller", "application.common.Refusal")
                        .evidence("Cycle detected")
                        .innocents("application.common.Page"),
                // The driving adapter rules cover several packages: one fixture per driving
                // adapter, so that each package of the rule is shown to be checked.
                violation("the console calling an outbound port",
                        ArchitectureRules::drivingAdaptersDoNotUseOutboundPorts, "uiusesoutboundport")
                        .violators("ui.SchoolList")
                        .evidence("application.port.out.Schools")
                        .innocents("ui.FilterForm"),
                violation("the REST API calling outbound ports, and naming a sealed type of port.out",
                        ArchitectureRules::drivingAdaptersDoNotUseOutboundPorts, "restusesoutboundport")
                        .violators("adapter.rest.SchoolResource", "adapter.rest.OpeningResource",
                                "adapter.rest.ScopeParameters")
                        .evidence("application.port.out.Schools", "application.port.out.SchoolEvents",
                                "application.port.out.SchoolScope")
                        .innocents("adapter.rest.FilterParameters"),
                violation("the console instantiating a service",
                        ArchitectureRules::drivingAdaptersDoNotUseApplicationServices, "uiusesservice")
                        .violators("ui.SchoolCounter")
                        .evidence("application.school.SchoolService")
                        .innocents("ui.SchoolBadge"),
                violation("the REST API receiving a service",
                        ArchitectureRules::drivingAdaptersDoNotUseApplicationServices, "restusesservice")
                        .violators("adapter.rest.SchoolCountResource")
                        .evidence("application.school.SchoolAdministrationService")
                        .innocents("adapter.rest.SchoolResource"),
                violation("the tabular files adapter using Micronaut and the REST adapter",
                        ArchitectureRules::tabularFilesArePlainJava, "tabularusesframework")
                        .violators("adapter.tabular.CsvDownload", "adapter.tabular.SchoolCells")
                        .evidence("io.micronaut.http.HttpResponse", "adapter.rest.support.Texts")
                        .innocents("adapter.tabular.SchoolCsv", "adapter.rest.SchoolCsvResource"),
                violation("the console using an adapter and the composition root",
                        ArchitectureRules::uiDependsOnNoAdapterNorCompositionRoot, "uiusesadapterorcompositionroot")
                        .violators("ui.SchoolGrid", "ui.MainLayout")
                        .evidence("adapter.persistence.memory.InMemorySchools", "app.Wiring"),
                violation("Html, innerHTML through setProperty, executeJs on an element and on the page",
                        ArchitectureRules::uiRendersNoRawHtmlNorScript, "uirawhtml")
                        .violators("ui.NewsBanner", "ui.RichLabel", "ui.ScriptedPanel", "ui.PageTitle",
                                "ui.DeferredProperty")
                        .evidence("com.vaadin.flow.component.Html", "Element.setProperty(java.lang.String, java.lang.String)",
                                "Element.executeJs", "Page.executeJs")
                        .innocents("ui.SafeLabel"),
                violation("an outbound port implementation not named InMemory*",
                        ArchitectureRules::inMemoryAdaptersAreNamedInMemory, "inmemorynaming")
                        .violators("adapter.persistence.memory.SchoolStore")
                        .innocents("adapter.persistence.memory.InMemorySchools"),
                violation("services implementing no port, or the port of another package",
                        ArchitectureRules::servicesImplementAnInboundPortOfTheirPackage, "servicewithoutport")
                        .violators("application.school.SchoolService", "application.learner.LearnerService"),
                violation("an exception not named *Exception",
                        ArchitectureRules::exceptionsAreNamedException, "exceptionnaming")
                        .violators("domain.error.SchoolNotFound")
                        .innocents("domain.error.SchoolNotFoundException"),
                violation("a record named *Exception",
                        ArchitectureRules::onlyExceptionsAreNamedException, "misnamedexception")
                        .violators("domain.error.ValidationException"),
                violation("System.out, printStackTrace and java.util.logging in the core",
                        ArchitectureRules::coreDoesNotPrintNorUseJavaUtilLogging, "coreprints")
                        .violators("domain.School", "domain.Parser", "application.Enrolment",
                                "application.Graduation")
                        .evidence("java.lang.System.out", "printStackTrace", "java.util.logging.Logger"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void ruleRejectsItsViolatingFixture(Violation violation) {
        JavaClasses classes = importFixture(violation.fixture());
        ArchRule rule = violation.rule().apply(violation.root());

        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .satisfies(error -> {
                    String message = error.getMessage();
                    assertThat(message).doesNotContain("failed to check any classes");
                    for (String violator : violation.violators()) {
                        assertThat(message).containsPattern(namingPattern(violation.className(violator)));
                    }
                    for (String evidence : violation.evidence()) {
                        assertThat(message).contains(evidence);
                    }
                    for (String innocent : violation.innocents()) {
                        assertThat(message).doesNotContainPattern(namingPattern(violation.className(innocent)));
                    }
                });
    }

    /** A class name, not followed by more of an identifier (so {@code Foo} does not match {@code FooBar}). */
    private static Pattern namingPattern(String className) {
        return Pattern.compile(Pattern.quote(className) + "(?![\\w$])");
    }

    @Test
    void everyRuleHasAViolatingFixture() {
        String root = FIXTURES + ".any";
        Set<String> caught = violations()
                .map(violation -> violation.rule().apply(root).getDescription())
                .collect(Collectors.toSet());

        assertThat(RuleCatalogue.all())
                .allSatisfy(factory -> assertThat(caught)
                        .as("rule %s has no violating fixture", factory.name())
                        .contains(factory.forRoot(root).getDescription()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleAcceptsTheConformingFixture(RuleCatalogue.RuleFactory rule) {
        JavaClasses classes = importFixture(CONFORMING);

        assertThatCode(() -> rule.forRoot(FIXTURES + "." + CONFORMING).check(classes)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleFailsOnAnEmptyImport(RuleCatalogue.RuleFactory rule) {
        JavaClasses nothing = importFixture("nosuchpackage");
        assertThat(nothing).isEmpty();

        assertThatThrownBy(() -> rule.forRoot(FIXTURES + ".nosuchpackage").check(nothing))
                .isInstanceOf(AssertionError.class);
    }

    /** The mistake failOnEmptyShould is about: real classes, but a rule about a package that does not exist. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleFailsWhenItsRootIsMistyped(RuleCatalogue.RuleFactory rule) {
        JavaClasses classes = importFixture(CONFORMING);
        assertThat(classes).isNotEmpty();

        assertThatThrownBy(() -> rule.forRoot(FIXTURES + ".confroming").check(classes))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void failOnEmptyShouldIsOn() {
        JavaClasses nothing = importFixture("nosuchpackage");

        assertThatThrownBy(() -> ArchitectureRules.domainIsPureJava(FIXTURES + ".nosuchpackage").check(nothing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    static Stream<RuleCatalogue.RuleFactory> rules() {
        return RuleCatalogue.stream();
    }

    /** Imports are cached: resolving the Vaadin class hierarchy a fixture extends takes a second. */
    private static JavaClasses importFixture(String fixture) {
        return IMPORTED.computeIfAbsent(fixture, name -> new ClassFileImporter().importPackages(FIXTURES + "." + name));
    }
}
