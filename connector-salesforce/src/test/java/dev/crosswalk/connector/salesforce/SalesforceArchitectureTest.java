package dev.crosswalk.connector.salesforce;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;

@AnalyzeClasses(packages = "dev.crosswalk.connector.salesforce", importOptions = ImportOption.DoNotIncludeTests.class)
class SalesforceArchitectureTest {

    @ArchTest
    static final ArchRule connector_stays_in_its_lane = CrosswalkArchitecture.connectorsStayInTheirLane("dev.crosswalk");

    @ArchTest
    static final ArchRule only_plugin_and_factory_are_public =
            CrosswalkArchitecture.connectorsExposeOnlyPluginAndFactory("dev.crosswalk");

    @ArchTest
    static final ArchRule connector_does_not_reach_stores = CrosswalkArchitecture.connectorsDoNotReachStores("dev.crosswalk");
}
