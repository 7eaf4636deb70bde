package dev.crosswalk.conformance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;

@AnalyzeClasses(packages = "dev.crosswalk.conformance", importOptions = ImportOption.DoNotIncludeTests.class)
class ConformanceKitArchitectureTest {

    @ArchTest
    static final ArchRule kit_names_no_provider = CrosswalkArchitecture.sharedCodeIsProviderNeutral("dev.crosswalk");

    @ArchTest
    static final ArchRule kit_sees_only_core_and_spi =
            CrosswalkArchitecture.conformanceKitSeesOnlyCoreAndSpi("dev.crosswalk");
}
