package dev.crosswalk.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;

@AnalyzeClasses(packages = "dev.crosswalk.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    private static final String ROOT = "dev.crosswalk";

    @ArchTest
    static final ArchRule core_depends_only_on_itself_and_plain_libraries =
            CrosswalkArchitecture.coreDependsOnlyOnItselfAndPlainLibraries(ROOT);

    @ArchTest
    static final ArchRule domain_is_pure = CrosswalkArchitecture.domainIsPure(ROOT);

    @ArchTest
    static final ArchRule use_cases_speak_only_domain = CrosswalkArchitecture.portsStayIndependent(ROOT);

    @ArchTest
    static final ArchRule driven_ports_stay_independent = CrosswalkArchitecture.drivenPortsStayIndependent(ROOT);

    @ArchTest
    static final ArchRule crm_ports_stand_alone = CrosswalkArchitecture.crmPortsStandAlone(ROOT);

    @ArchTest
    static final ArchRule toolkit_does_not_use_application = CrosswalkArchitecture.toolkitDoesNotUseApplication(ROOT);

    @ArchTest
    static final ArchRule core_names_no_provider = CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT);

    @ArchTest
    static final ArchRule core_is_free_of_cycles = CrosswalkArchitecture.modulesAreFreeOfCycles(ROOT + ".core");
}
