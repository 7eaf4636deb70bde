package dev.crosswalk.connector.hubspot;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;

@AnalyzeClasses(packages = "dev.crosswalk.connector.hubspot", importOptions = ImportOption.DoNotIncludeTests.class)
class HubSpotArchitectureTest {

    @ArchTest
    static final ArchRule connector_stays_in_its_lane = CrosswalkArchitecture.connectorsStayInTheirLane("dev.crosswalk");

    @ArchTest
    static final ArchRule only_plugin_and_factory_are_public =
            CrosswalkArchitecture.connectorsExposeOnlyPluginAndFactory("dev.crosswalk");

    @ArchTest
    static final ArchRule connector_does_not_reach_stores = CrosswalkArchitecture.connectorsDoNotReachStores("dev.crosswalk");
}
