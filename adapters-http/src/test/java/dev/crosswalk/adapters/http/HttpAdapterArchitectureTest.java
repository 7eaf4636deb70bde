package dev.crosswalk.adapters.http;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;

@AnalyzeClasses(packages = "dev.crosswalk.adapters.http", importOptions = ImportOption.DoNotIncludeTests.class)
class HttpAdapterArchitectureTest {

    @ArchTest
    static final ArchRule adapter_stays_in_its_lane =
            CrosswalkArchitecture.adaptersStayInTheirLane("dev.crosswalk");

    @ArchTest
    static final ArchRule adapter_drives_core_through_use_cases_only =
            CrosswalkArchitecture.drivingAdapterUsesOnlyUseCases("dev.crosswalk");

    @ArchTest
    static final ArchRule nothing_depends_on_the_server =
            CrosswalkArchitecture.nothingDependsOnTheServer("dev.crosswalk");

    @ArchTest
    static final ArchRule adapter_names_no_provider = CrosswalkArchitecture.sharedCodeIsProviderNeutral("dev.crosswalk");
}
