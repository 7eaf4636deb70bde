package dev.crosswalk.architecture;

import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyOrigin;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.Arrays;
import java.util.List;

/**
 * The layering rules, parameterised by the root package ({@code dev.crosswalk} in production; test fixtures use
 * their own root so that they never pollute a real analysis). Every method returns a new, immutable rule.
 *
 * <p>Arrows point inward: adapters and connectors depend on core, the spi on core's domain, ports and toolkit, and
 * only the server depends on everything. Core's driven ports are split by audience: {@code core.port.out.crm} (what
 * connectors implement), {@code core.port.out.store} (persistence the host provides) and {@code core.port.out.host}
 * (callbacks the host implements).
 *
 * @since 0.1
 */
public final class CrosswalkArchitecture {

    /** The providers Crosswalk ships connectors for, which the shared code must never name. */
    public static final List<String> KNOWN_PROVIDERS = List.of("salesforce", "hubspot");

    /** What all of core may use: the JDK (with its crypto) and Failsafe for retries; nothing that serves or calls HTTP. */
    private static final String[] CORE_LIBRARIES = {"java..", "javax.crypto..", "dev.failsafe.."};

    /** What only core's mapping toolkit may use besides: JSONata and a YAML parser, to read mapping files. */
    private static final String[] MAPPING_LIBRARIES = {"com.dashjoin.jsonata..", "org.snakeyaml.engine.."};

    private CrosswalkArchitecture() {
    }

    /**
     * core depends on nothing of ours outside core, and on no framework (Guice, Feign, jOOQ, Jackson, HTTP): only on
     * the JDK and Failsafe, and in {@code core.toolkit.mapping} alone also on JSONata and the YAML parser, so that
     * the mapping libraries stay behind the mapping toolkit and can be replaced there.
     */
    public static ArchRule coreDependsOnlyOnItselfAndPlainLibraries(String root) {
        DescribedPredicate<Dependency> plain = dependencyTarget(resideInAnyPackage(with(CORE_LIBRARIES, root + ".core..")));
        DescribedPredicate<Dependency> mappingLibraryInTheMappingToolkit =
                dependencyOrigin(resideInAPackage(root + ".core.toolkit.mapping.."))
                        .and(dependencyTarget(resideInAnyPackage(MAPPING_LIBRARIES)));
        return classes().that().resideInAPackage(root + ".core..")
                .should(ArchConditions.onlyHaveDependenciesWhere(plain.or(mappingLibraryInTheMappingToolkit).as(
                        "they reach %s.core.., %s, or (from %s.core.toolkit.mapping.. only) %s", root,
                        String.join(", ", CORE_LIBRARIES), root, String.join(", ", MAPPING_LIBRARIES))))
                .because("core is the centre of the hexagon: every arrow points at it, none leaves it");
    }

    /** The domain is plain records: it depends on the JDK and on itself, not even on ports or annotations. */
    public static ArchRule domainIsPure(String root) {
        return classes().that().resideInAPackage(root + ".core.domain..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", root + ".core.domain.."))
                .because("the unified model must stay free of frameworks and of the layers around it");
    }

    /** Driving and driven ports are independent of each other and of the services that implement them. */
    public static ArchRule portsStayIndependent(String root) {
        return noClasses().that().resideInAPackage(root + ".core.port.in..")
                .should().dependOnClassesThat(resideInAnyPackage(
                        root + ".core.port.out..", root + ".core.application..", root + ".core.toolkit.."))
                .because("a use case speaks in domain terms only");
    }

    /** Driven ports (crm, store and host alike) know nothing of use cases, services or the toolkit. */
    public static ArchRule drivenPortsStayIndependent(String root) {
        return noClasses().that().resideInAPackage(root + ".core.port.out..")
                .should().dependOnClassesThat(resideInAnyPackage(
                        root + ".core.port.in..", root + ".core.application..", root + ".core.toolkit.."))
                .because("connectors and stores implement driven ports without seeing core's internals");
    }

    /**
     * The ports connectors implement ({@code core.port.out.crm}) mention no store and no host callback, so that a
     * connector implements them without ever seeing persistence (see {@link #connectorsDoNotReachStores(String)}).
     */
    public static ArchRule crmPortsStandAlone(String root) {
        return noClasses().that().resideInAPackage(root + ".core.port.out.crm..")
                .should().dependOnClassesThat(resideInAnyPackage(
                        root + ".core.port.out.store..", root + ".core.port.out.host.."))
                .because("a connector implements the CRM ports and must not need the host's stores to do so");
    }

    /** The toolkit lent to connectors never reaches into the application services. */
    public static ArchRule toolkitDoesNotUseApplication(String root) {
        return noClasses().that().resideInAPackage(root + ".core.toolkit..")
                .should().dependOnClassesThat(resideInAnyPackage(root + ".core.application..", root + ".core.port.in.."))
                .because("connectors get the toolkit; the application layer is the host's");
    }

    /**
     * The plugin contract uses only itself and core's domain, CRM and store ports (the host builds a
     * {@code ConnectorContext} from its stores) and toolkit: never a use case, a service or a host callback.
     */
    public static ArchRule spiUsesOnlyCoreContracts(String root) {
        return classes().that().resideInAPackage(root + ".spi..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "java..", root + ".spi..", root + ".core.domain..", root + ".core.port.out.crm..",
                        root + ".core.port.out.store..", root + ".core.toolkit.."))
                .because("connectors compile against the spi; it must not drag in anything else");
    }

    /**
     * A connector, and the connector-support library every connector shares ({@code support}), use spi and core's
     * public API, never an adapter, the server or core's services.
     */
    public static ArchRule connectorsStayInTheirLane(String root) {
        return noClasses().that().resideInAnyPackage(root + ".connector..", root + ".support..")
                .should().dependOnClassesThat(resideInAnyPackage(
                        root + ".adapters..", root + ".server..", root + ".core.application..", root + ".core.port.in.."))
                .because("a connector is a plugin: it sees only the spi and core's ports and toolkit");
    }

    /**
     * A connector sees CRM ports and the toolkit, never a store: tokens and connections reach it only through the
     * {@code TokenManager} its {@code ConnectorContext} hands out, which the host configured once for all connectors.
     */
    public static ArchRule connectorsDoNotReachStores(String root) {
        return noClasses().that().resideInAnyPackage(root + ".connector..", root + ".support..")
                .should().dependOnClassesThat(resideInAPackage(root + ".core.port.out.store.."))
                .because("persistence is the host's: a connector that read or wrote stores itself would bypass the "
                        + "locking and refresh rules every connector shares");
    }

    /** Connectors are independent of each other. */
    public static ArchRule connectorsAreIndependent(String root) {
        return slices().matching(root + ".connector.(*)..")
                .should().notDependOnEachOther()
                .because("each connector ships and loads on its own")
                .allowEmptyShould(true);
    }

    /** In a connector only the ServiceLoader entry point and its factory are public. */
    public static ArchRule connectorsExposeOnlyPluginAndFactory(String root) {
        return classes().that().resideInAPackage(root + ".connector..")
                .and().areTopLevelClasses()
                .and().haveModifier(PUBLIC)
                .should().implement(root + ".spi.ConnectorPlugin")
                .orShould().implement(root + ".spi.ConnectorFactory")
                .because("everything else in a connector is an implementation detail the host must not reach");
    }

    /**
     * Adapters use core's domain and ports only: never core's services or toolkit (the driving adapter goes through
     * the use cases), each other's classes, the spi, a connector or the server.
     */
    public static ArchRule adaptersStayInTheirLane(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters..")
                .should().dependOnClassesThat(resideInAnyPackage(root + ".connector..", root + ".spi..", root + ".server..",
                        root + ".core.application..", root + ".core.toolkit.."))
                .because("adapters plug into core's ports; only the server wires services and connectors");
    }

    /**
     * The HTTP adapter drives core through its use cases alone: it sees the domain and {@code port.in}, never a driven
     * port, so CRM failures reach it already translated into use-case terms.
     */
    public static ArchRule drivingAdapterUsesOnlyUseCases(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.http..")
                .should().dependOnClassesThat(resideInAPackage(root + ".core.port.out.."))
                .because("a driving adapter knows what core offers, not what core needs from the outside")
                .allowEmptyShould(true);
    }

    /** Adapters are independent of each other. */
    public static ArchRule adaptersAreIndependent(String root) {
        return slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .because("the HTTP adapter and the persistence adapter meet only in core's ports")
                .allowEmptyShould(true);
    }

    /**
     * The code every connector shares (core, spi, support, adapters, the conformance kit) names no provider, as
     * {@link #KNOWN_PROVIDERS} lists them: see {@link #sharedCodeIsProviderNeutral(String, List)}.
     */
    public static ArchRule sharedCodeIsProviderNeutral(String root) {
        return sharedCodeIsProviderNeutral(root, KNOWN_PROVIDERS);
    }

    /**
     * The code every connector shares ({@code core}, {@code spi}, {@code support}, {@code adapters}, and the
     * {@code conformance} kit every connector is tested with) names no provider: no class whose name or package, field
     * or method name, or any type it uses (fields, parameters, return types, calls) contains one of {@code providers},
     * ignoring case. Every connector serves the unified routes through the same code path;
     * what differs lives in the connector and its mapping files.
     *
     * @param providers the words to refuse, e.g. {@code ["salesforce", "hubspot"]}; at least one, none blank
     * @throws IllegalArgumentException when {@code providers} is empty or holds a blank word
     */
    public static ArchRule sharedCodeIsProviderNeutral(String root, List<String> providers) {
        return classes().that().resideInAnyPackage(root + ".core..", root + ".spi..", root + ".support..",
                        root + ".adapters..", root + ".conformance..")
                .should(new NamesNoProvider(providers))
                .because("a provider's name in shared code means one provider is served differently from the others");
    }

    /**
     * The conformance kit holds every connector to the same contracts, so it sees only what a connector and a host
     * see: core (with its in-memory fakes) and the spi, besides the JDK and its test libraries (JUnit, AssertJ); never
     * a connector, an emulator, an adapter or the server.
     *
     * @since 0.1
     */
    public static ArchRule conformanceKitSeesOnlyCoreAndSpi(String root) {
        return classes().that().resideInAPackage(root + ".conformance..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", root + ".conformance..",
                        root + ".core..", root + ".spi..", "org.junit..", "org.opentest4j..", "org.assertj.."))
                .because("a kit that knew one connector or its emulator would bend its contracts to that provider");
    }

    /**
     * An emulator's internal packages (the sub-packages of {@code testkit.salesforce} and {@code emulator.hubspot}) are
     * its own: other code reaches an emulator only through its API package (the emulator class, its credentials and
     * faults), so its internals can change without breaking the tests and tools that drive it.
     *
     * @since 0.1
     */
    public static ArchRule emulatorInternalsStayInside(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".testkit.salesforce..", root + ".emulator.hubspot..")
                .should().dependOnClassesThat(resideInAnyPackage(root + ".testkit.salesforce.*..",
                        root + ".emulator.hubspot.*.."))
                .because("an emulator is driven through its API package; its internals are free to change")
                .allowEmptyShould(true);
    }

    /**
     * A library's API package hands out no type of its internal sub-packages: the public classes of {@code apiPackage}
     * have no public field, constructor or method whose type, parameters or return type live in a sub-package of it,
     * so users compile against the API only (the emulators' API packages, for one).
     *
     * @param apiPackage the API package, such as {@code dev.crosswalk.emulator.hubspot}; never {@code null}
     * @since 0.1
     */
    public static ArchRule apiExposesNoInternalType(String apiPackage) {
        return classes().that().resideInAPackage(apiPackage).and().arePublic()
                .should(new ExposesNoInternalType(apiPackage))
                .because("users of a library compile against its API package, so its internals stay free to change");
    }

    /** Nothing depends on the composition root. */
    public static ArchRule nothingDependsOnTheServer(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".server..")
                .should().dependOnClassesThat(resideInAPackage(root + ".server.."))
                .because("the server wires everything and is wired by nothing");
    }

    /** The top-level modules form no cycle. */
    public static ArchRule modulesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** @return the rules a core module runs against itself */
    public static List<ArchRule> coreRules(String root) {
        return List.of(coreDependsOnlyOnItselfAndPlainLibraries(root), domainIsPure(root), portsStayIndependent(root),
                drivenPortsStayIndependent(root), crmPortsStandAlone(root), toolkitDoesNotUseApplication(root),
                sharedCodeIsProviderNeutral(root));
    }

    /** @return the rules a connector project runs against itself (ours and third parties') */
    public static List<ArchRule> connectorRules(String root) {
        return List.of(connectorsStayInTheirLane(root), connectorsDoNotReachStores(root), connectorsAreIndependent(root),
                connectorsExposeOnlyPluginAndFactory(root));
    }

    /** @return the rules an adapter module runs against itself */
    public static List<ArchRule> adapterRules(String root) {
        return List.of(adaptersStayInTheirLane(root), drivingAdapterUsesOnlyUseCases(root), adaptersAreIndependent(root),
                sharedCodeIsProviderNeutral(root));
    }

    private static String[] with(String[] packages, String extra) {
        String[] all = Arrays.copyOf(packages, packages.length + 1);
        all[packages.length] = extra;
        return all;
    }
}
