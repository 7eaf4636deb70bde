package dev.crosswalk.support;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;

@AnalyzeClasses(packages = "dev.crosswalk.support", importOptions = ImportOption.DoNotIncludeTests.class)
class SupportArchitectureTest {

    @ArchTest
    static final ArchRule support_stays_in_the_connectors_lane =
            CrosswalkArchitecture.connectorsStayInTheirLane("dev.crosswalk");

    @ArchTest
    static final ArchRule support_does_not_reach_stores = CrosswalkArchitecture.connectorsDoNotReachStores("dev.crosswalk");

    @ArchTest
    static final ArchRule support_names_no_provider = CrosswalkArchitecture.sharedCodeIsProviderNeutral("dev.crosswalk");
}
