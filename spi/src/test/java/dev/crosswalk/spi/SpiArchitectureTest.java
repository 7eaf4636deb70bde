package dev.crosswalk.spi;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;

@AnalyzeClasses(packages = "dev.crosswalk.spi", importOptions = ImportOption.DoNotIncludeTests.class)
class SpiArchitectureTest {

    @ArchTest
    static final ArchRule spi_uses_only_core_contracts = CrosswalkArchitecture.spiUsesOnlyCoreContracts("dev.crosswalk");

    @ArchTest
    static final ArchRule spi_names_no_provider = CrosswalkArchitecture.sharedCodeIsProviderNeutral("dev.crosswalk");
}
