package dev.crosswalk.server;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;

/** The rules that span modules, checked where every module is on the class path. */
@AnalyzeClasses(packages = "dev.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class SystemArchitectureTest {

    private static final String ROOT = "dev.crosswalk";

    @ArchTest
    static final ArchRule core_depends_only_on_itself = CrosswalkArchitecture.coreDependsOnlyOnItselfAndPlainLibraries(ROOT);

    @ArchTest
    static final ArchRule spi_uses_only_core_contracts = CrosswalkArchitecture.spiUsesOnlyCoreContracts(ROOT);

    @ArchTest
    static final ArchRule connectors_stay_in_their_lane = CrosswalkArchitecture.connectorsStayInTheirLane(ROOT);

    @ArchTest
    static final ArchRule connectors_are_independent = CrosswalkArchitecture.connectorsAreIndependent(ROOT);

    @ArchTest
    static final ArchRule emulator_internals_stay_inside = CrosswalkArchitecture.emulatorInternalsStayInside(ROOT);

    @ArchTest
    static final ArchRule connectors_expose_only_plugin_and_factory =
            CrosswalkArchitecture.connectorsExposeOnlyPluginAndFactory(ROOT);

    @ArchTest
    static final ArchRule adapters_stay_in_their_lane = CrosswalkArchitecture.adaptersStayInTheirLane(ROOT);

    @ArchTest
    static final ArchRule driving_adapter_uses_only_use_cases = CrosswalkArchitecture.drivingAdapterUsesOnlyUseCases(ROOT);

    @ArchTest
    static final ArchRule adapters_are_independent = CrosswalkArchitecture.adaptersAreIndependent(ROOT);

    @ArchTest
    static final ArchRule nothing_depends_on_the_server = CrosswalkArchitecture.nothingDependsOnTheServer(ROOT);

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = CrosswalkArchitecture.modulesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule crm_ports_stand_alone = CrosswalkArchitecture.crmPortsStandAlone(ROOT);

    @ArchTest
    static final ArchRule connectors_do_not_reach_stores = CrosswalkArchitecture.connectorsDoNotReachStores(ROOT);

    @ArchTest
    static final ArchRule shared_code_names_no_provider = CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT);
}
