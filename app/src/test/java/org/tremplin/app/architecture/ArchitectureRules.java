package org.tremplin.app.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.OnionArchitecture;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The architecture of Tremplin, as ArchUnit rules.
 *
 * <p>The Maven module graph is the first guard: {@code domain} cannot even see {@code application},
 * and an adapter module cannot see another one. These rules check what the modules cannot, in the
 * one module ({@code app}) that sees every class: finer dependency directions, cycles, naming, and
 * the dangerous Vaadin APIs.
 *
 * <p>Every rule is built by a factory that takes the root package, so that the very same rule is
 * checked against the production classes (root {@code org.tremplin}, see {@code ArchitectureTest})
 * and shown to fail on a deliberately broken fixture (root {@code org.tremplin.archfixture.<case>},
 * see {@code ArchitectureRulesCatchViolationsTest}). Under a root, the layout is:
 * <ul>
 *   <li>{@code <root>.domain..}: the domain model, pure Java;</li>
 *   <li>{@code <root>.application..}: use cases; inbound ports are the public interfaces of the
 *       feature packages, implemented by {@code *Service} classes; outbound ports are the
 *       interfaces of {@code <root>.application.port.out}, and the words both sides share
 *       (filters, sort keys, scopes) are in {@code <root>.application.port.in};</li>
 *   <li>{@code <root>.adapter.<kind>.<name>..}: one package per adapter module, listed in
 *       {@link #ADAPTERS};</li>
 *   <li>{@code <root>.ui..}: the Vaadin console, a driving adapter;</li>
 *   <li>{@code <root>.adapter.rest..}: the REST API, the other driving adapter;</li>
 *   <li>{@code <root>.adapter.tabular..}: reading and writing CSV files, plain Java;</li>
 *   <li>{@code <root>.embedded.mariadb..} and {@code <root>.testdata..}: the modules of
 *       {@link #SUPPORT_MODULES}, outside the onion like adapters;</li>
 *   <li>{@code <root>.app..}: the composition root, which may depend on everything.</li>
 * </ul>
 *
 * <p>ArchUnit's {@code archRule.failOnEmptyShould} stays at its default ({@code true}): a rule
 * whose {@code that()} selects no class fails instead of passing silently, so a typo in a package
 * name, or a package that was renamed, cannot turn a rule into a no-op. Every rule here is
 * anchored under the root for that reason.
 */
public final class ArchitectureRules {

    /**
     * The adapters, by name, with their package relative to the root. The driving UI is one of
     * them. A new adapter module (e.g. {@code adapter.messaging}) must be added here when its first
     * class is written: until then {@link #hexagonalLayers} fails with "is not contained in
     * architecture" for its classes. It is not listed in advance because a declared layer must not
     * be empty.
     */
    public static final Map<String, String> ADAPTERS = adapters();

    /**
     * Modules that serve the application without being adapters of a port, by name, with their
     * package relative to the root: the embedded MariaDB of a developer's machine and of the tests,
     * and the generated networks of the tests, benchmarks and demo. They sit outside the onion as
     * the adapters do, so that {@link #hexagonalLayers} holds them to the same rule: no dependency
     * on an adapter, nor an adapter on them.
     */
    public static final Map<String, String> SUPPORT_MODULES = supportModules();

    /**
     * The adapters of {@link #ADAPTERS}, by name, that drive the application: they call its use
     * cases through the inbound ports. A new driving adapter is added here too, so that the
     * {@code drivingAdapters*} rules cover it.
     */
    public static final List<String> DRIVING_ADAPTERS = List.of("admin-ui", "rest");

    private static final List<String> FRAMEWORK_PACKAGES =
            List.of("io.micronaut..", "jakarta..", "javax..", "com.vaadin..", "lombok..");

    private static final String VAADIN_HTML = "com.vaadin.flow.component.Html";
    private static final String VAADIN_ELEMENT = "com.vaadin.flow.dom.Element";
    private static final String VAADIN_PAGE = "com.vaadin.flow.component.page.Page";

    private ArchitectureRules() {
    }

    private static Map<String, String> adapters() {
        Map<String, String> adapters = new LinkedHashMap<>();
        adapters.put("persistence-memory", "adapter.persistence.memory");
        adapters.put("persistence-jdbc", "adapter.persistence.jdbc");
        adapters.put("password-hashing", "adapter.password");
        adapters.put("rest", "adapter.rest");
        adapters.put("tabular-files", "adapter.tabular");
        adapters.put("admin-ui", "ui");
        return Collections.unmodifiableMap(adapters);
    }

    private static Map<String, String> supportModules() {
        Map<String, String> modules = new LinkedHashMap<>();
        modules.put("embedded-mariadb", "embedded.mariadb");
        modules.put("test-data", "testdata");
        return Collections.unmodifiableMap(modules);
    }

    // ---------------------------------------------------------------- dependency directions

    /** The domain is plain Java: it depends on {@code java..} and on itself, nothing else. */
    public static ArchRule domainIsPureJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain model must outlive every framework and every adapter");
    }

    /** The application layer sees only the domain and the JDK: no framework, no adapter. */
    public static ArchRule applicationDependsOnlyOnDomainAndJava(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .because("use cases talk to the outside world through ports only");
    }

    /**
     * Ports and adapters as ArchUnit's onion: domain at the centre, application around it, the
     * adapters of {@link #ADAPTERS} outside, never depending on one another. The composition root
     * ({@code <root>.app..}) is outside the onion and may wire everything; every other class must
     * belong to a layer, so an undeclared adapter is reported instead of being left unchecked.
     */
    public static ArchRule hexagonalLayers(String root) {
        // The domain is a single ring: its services (e.g. the indicator computations) sit beside
        // the model, so it is declared as both. ArchUnit requires both rings to be non-empty.
        OnionArchitecture onion = onionArchitecture()
                .domainModels(root + ".domain..")
                .domainServices(root + ".domain..")
                .applicationServices(root + ".application..");
        for (Map.Entry<String, String> adapter : ADAPTERS.entrySet()) {
            onion = onion.adapter(adapter.getKey(), root + "." + adapter.getValue() + "..");
        }
        for (Map.Entry<String, String> module : SUPPORT_MODULES.entrySet()) {
            onion = onion.adapter(module.getKey(), root + "." + module.getValue() + "..");
        }
        return onion
                .ignoreDependency(resideInAPackage(root + ".app.."), DescribedPredicate.alwaysTrue())
                .ensureAllClassesAreContainedInArchitectureIgnoring(root + ".app..")
                .because("dependencies point inwards and an adapter never depends on another adapter"
                        + " (a class 'not contained in architecture' under " + root + ".adapter belongs to an"
                        + " adapter still to be declared in ArchitectureRules.ADAPTERS)");
    }

    /**
     * Only the composition root knows the composition root. As with every bytecode rule, a
     * compile-time constant ({@code static final} primitive or String) is inlined by javac and
     * leaves no trace: its use cannot be seen.
     */
    public static ArchRule nothingDependsOnTheCompositionRoot(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".app..")
                .should().dependOnClassesThat().resideInAPackage(root + ".app..")
                .because("the composition root wires the modules together; depending on it reverses that");
    }

    /** Domain and application stay free of framework annotations (and of framework types). */
    public static ArchRule coreUsesNoFrameworkAnnotations(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES.toArray(String[]::new))
                .because("annotations from Micronaut, Jakarta, javax, Vaadin or Lombok tie the core to a framework;"
                        + " note that Lombok's annotations are source-only and invisible in bytecode, so for"
                        + " Lombok the guard is the absence of the dependency in the module's pom");
    }

    // ---------------------------------------------------------------- cycles

    /** No cycle between the top-level packages (domain, application, adapter, ui, app). */
    public static ArchRule noCyclesBetweenTopLevelPackages(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("the top-level packages are the modules: a cycle would be a module cycle in disguise");
    }

    /** No cycle between the packages of the domain. */
    public static ArchRule noCyclesBetweenDomainPackages(String root) {
        return slices().matching(root + ".domain.(*)..").namingSlices("domain.$1")
                .should().beFreeOfCycles()
                .because("domain packages that depend on each other in a circle cannot be understood alone");
    }

    public static ArchRule noCyclesBetweenApplicationPackages(String root) {
        return slices().matching(root + ".application.(*)..").namingSlices("application.$1")
                .should().beFreeOfCycles()
                .because("use cases, ports and their shared types must be readable one package at a time");
    }

    /**
     * No cycle between the console's packages: features depend on the shell, the rights and the
     * shared components, never the other way round, so each feature can be read (and removed) alone.
     */
    public static ArchRule noCyclesBetweenConsolePackages(String root) {
        return slices().matching(root + ".ui.(*)..").namingSlices("ui.$1")
                .should().beFreeOfCycles()
                .because("a console feature must be readable one package at a time, as vaadin/whereabouts lays them out");
    }

    // ---------------------------------------------------------------- driving adapters (console, REST API)

    /**
     * The driving adapters (the console, the REST API) use inbound ports, never anything of
     * {@code port.out}: the words a caller speaks (filters, sort keys, scopes) live in
     * {@code port.in}, which the outbound ports may share, so a driving adapter has no reason to
     * look into {@code port.out} at all.
     */
    public static ArchRule drivingAdaptersDoNotUseOutboundPorts(String root) {
        return noClasses().that().resideInAnyPackage(drivingAdapterPackages(root))
                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out..")
                .because("a driving adapter would otherwise bypass the use cases, their checks and their permissions");
    }

    /** The driving adapters see the inbound port interfaces, never the services implementing them. */
    public static ArchRule drivingAdaptersDoNotUseApplicationServices(String root) {
        return noClasses().that().resideInAnyPackage(drivingAdapterPackages(root))
                .should().dependOnClassesThat(
                        resideInAPackage(root + ".application..").and(simpleNameEndingWith("Service"))
                                .and(DescribedPredicate.not(INTERFACES))
                                .as("are application services (classes named *Service in %s)", root + ".application"))
                .because("a driving adapter depends on inbound ports;"
                        + " the composition root chooses their implementation");
    }

    /**
     * The packages of {@link #DRIVING_ADAPTERS}. A rule over several packages passes when one of
     * them is empty, so each one is shown non-empty elsewhere: {@link #hexagonalLayers} fails on an
     * empty adapter layer, and each driving adapter has its own violating fixture.
     */
    private static String[] drivingAdapterPackages(String root) {
        return DRIVING_ADAPTERS.stream()
                .map(name -> {
                    String relative = ADAPTERS.get(name);
                    if (relative == null) {
                        throw new IllegalStateException(
                                "driving adapter " + name + " is not one of ADAPTERS " + ADAPTERS.keySet());
                    }
                    return root + "." + relative + "..";
                })
                .toArray(String[]::new);
    }

    // ---------------------------------------------------------------- the tabular files adapter

    /**
     * Reading and writing CSV files ({@code adapter.tabular}) is plain Java: it depends on the JDK,
     * the core, FastCSV and itself only. No framework, and no other adapter (the hexagonal rule says
     * so too; this one also keeps Micronaut and Vaadin out).
     */
    public static ArchRule tabularFilesArePlainJava(String root) {
        return classes().that().resideInAPackage(root + ".adapter.tabular..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", root + ".domain..", root + ".application..", "de.siegmar.fastcsv..",
                        root + ".adapter.tabular..")
                .because("reading and writing files is the same for every adapter, and needs no framework");
    }

    // ---------------------------------------------------------------- the console (driving adapter)

    /** The console never reaches into another adapter, nor into the composition root. */
    public static ArchRule uiDependsOnNoAdapterNorCompositionRoot(String root) {
        return noClasses().that().resideInAPackage(root + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapter..", root + ".app..")
                .because("the console is an adapter like any other, wired by the composition root");
    }

    /**
     * No raw HTML nor JavaScript from the console, to close the door to cross-site scripting:
     * <ul>
     *   <li>no {@code com.vaadin.flow.component.Html} (or subclass), which renders its string as
     *       markup;</li>
     *   <li>no {@code Element.setProperty(String, String)}: it is how {@code innerHTML} gets set,
     *       and a bytecode rule cannot see which property a call sets (the name is a run-time
     *       argument), so the whole overload is forbidden; use the components' typed API
     *       ({@code setText}, {@code setValue}...) or the {@code boolean}/{@code double}
     *       overloads;</li>
     *   <li>no {@code executeJs} on an {@code Element} or a {@code Page}: it evaluates a string of
     *       JavaScript.</li>
     * </ul>
     * Calls and method references are both checked.
     */
    public static ArchRule uiRendersNoRawHtmlNorScript(String root) {
        return noClasses().that().resideInAPackage(root + ".ui..")
                .should().dependOnClassesThat().areAssignableTo(VAADIN_HTML)
                .orShould().accessTargetWhere(method(VAADIN_ELEMENT, "setProperty", String.class, String.class))
                .orShould().accessTargetWhere(method(VAADIN_ELEMENT, "executeJs"))
                .orShould().accessTargetWhere(method(VAADIN_PAGE, "executeJs"))
                .because("raw HTML and JavaScript strings open the console to cross-site scripting");
    }

    /**
     * Accesses (calls or method references) to a method of {@code owner} (or a subclass) with this
     * name, and with exactly these parameter types when some are given.
     */
    private static DescribedPredicate<JavaAccess<?>> method(String owner, String name, Class<?>... parameterTypes) {
        List<String> parameters = Arrays.stream(parameterTypes).map(Class::getName).toList();
        String description = owner + "." + name
                + (parameters.isEmpty() ? "(..)" : "(" + String.join(", ", parameters) + ")");
        return DescribedPredicate.describe("target " + description, access ->
                access.getTarget() instanceof CodeUnitAccessTarget target
                        && target.getName().equals(name)
                        && target.getOwner().isAssignableTo(owner)
                        && (parameters.isEmpty() || target.getRawParameterTypes().stream()
                                .map(JavaClass::getName).toList().equals(parameters)));
    }

    // ---------------------------------------------------------------- naming

    /** In the memory adapter, the implementations of outbound ports are named {@code InMemory*}. */
    public static ArchRule inMemoryAdaptersAreNamedInMemory(String root) {
        return classes().that().resideInAPackage(root + ".adapter.persistence.memory..")
                .and().areNotInterfaces().and().areNotAnonymousClasses()
                .and().implement(resideInAPackage(root + ".application.port.out..")
                        .as("an outbound port of %s", root + ".application.port.out"))
                .should().haveSimpleNameStartingWith("InMemory")
                .because("the name tells the in-memory stand-in from the real adapter at a glance");
    }

    /** A {@code *Service} of the application implements an inbound port of its own package. */
    public static ArchRule servicesImplementAnInboundPortOfTheirPackage(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .and().haveSimpleNameEndingWith("Service").and().areNotInterfaces()
                .should(implementAPublicInterfaceOfTheirOwnPackage())
                .because("a service is the implementation of an inbound port, which its callers depend on instead");
    }

    private static ArchCondition<JavaClass> implementAPublicInterfaceOfTheirOwnPackage() {
        return new ArchCondition<>("implement a public interface of their own package (an inbound port)") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                boolean implementsPort = service.getAllRawInterfaces().stream()
                        .anyMatch(port -> port.getPackageName().equals(service.getPackageName())
                                && port.getModifiers().contains(JavaModifier.PUBLIC));
                if (!implementsPort) {
                    events.add(SimpleConditionEvent.violated(service, "Class <" + service.getName()
                            + "> implements no public interface of package " + service.getPackageName()));
                }
            }
        };
    }

    /** Exceptions are named {@code *Exception}. */
    public static ArchRule exceptionsAreNamedException(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().areAssignableTo(Exception.class).and().areNotAnonymousClasses()
                .should().haveSimpleNameEndingWith("Exception")
                .because("a reader must recognise what can be thrown");
    }

    /** Only exceptions are named {@code *Exception}. */
    public static ArchRule onlyExceptionsAreNamedException(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Exception")
                .should().beAssignableTo(Exception.class)
                .because("a class named like an exception but that cannot be thrown misleads its reader");
    }

    // ---------------------------------------------------------------- hygiene

    /**
     * Domain and application neither print (System.out/err, printStackTrace) nor use
     * java.util.logging. ArchUnit's {@code USE_JAVA_UTIL_LOGGING} only sees logger fields, so any
     * dependency on {@code java.util.logging} is forbidden instead.
     */
    public static ArchRule coreDoesNotPrintNorUseJavaUtilLogging(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("the core reports failures by exceptions with codes; logging is the adapters' business");
    }
}
