package dev.crosswalk.emulator.hubspot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.architecture.CrosswalkArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The emulator's sub-packages ({@code http}, {@code data}, {@code oauth}, {@code crm}) are internal: its public API
 * ({@code dev.crosswalk.emulator.hubspot}) hands out none of their types, they do not depend on the API package, and
 * they depend on each other without cycles (http, then data, then oauth, then crm). Each rule is also run against a
 * fixture that breaks it, so that it is seen to fail.
 */
class HubSpotEmulatorArchitectureTest {

    private static final String API = "dev.crosswalk.emulator.hubspot";

    /** Test sources that break each rule, under an API package of their own. */
    private static final String FIXTURE = "dev.crosswalk.emulator.archfixture.api";

    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API);

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void thePublicApiHandsOutNoInternalType() {
        CrosswalkArchitecture.apiExposesNoInternalType(API).check(EMULATOR);
    }

    @Test
    void theApiRuleFailsOnAnApiThatLeaksAnInternalType() {
        assertThatThrownBy(() -> CrosswalkArchitecture.apiExposesNoInternalType(FIXTURE).check(FIXTURES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Leaky.hidden()");
    }

    @Test
    void internalPackagesDoNotDependOnTheApiPackage() {
        internalsDoNotReachUp(API).check(EMULATOR);
    }

    @Test
    void theLayeringRuleFailsOnAnInternalClassThatUsesTheApi() {
        assertThatThrownBy(() -> internalsDoNotReachUp(FIXTURE).check(FIXTURES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UpwardCall");
    }

    @Test
    void internalPackagesAreFreeOfCycles() {
        internalsFreeOfCycles(API).check(EMULATOR);
    }

    @Test
    void theCycleRuleFailsOnTwoPackagesThatUseEachOther() {
        assertThatThrownBy(() -> internalsFreeOfCycles(FIXTURE).check(FIXTURES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected").hasMessageContaining("Ping")
                .hasMessageContaining("Pong");
    }


    /**
     * No class of a sub-package of {@code apiPackage} depends on a class of {@code apiPackage} itself. The HubSpot
     * emulator needs no exception: faults reach the dispatcher as a hook ({@code HubSpotFault.applyTo}), not as type.
     */
    static ArchRule internalsDoNotReachUp(String apiPackage) {
        return noClasses().that().resideInAPackage(apiPackage + ".(*)..")
                .should().dependOnClassesThat(resideInAPackage(apiPackage))
                .because("the internal packages are layers below the public API, which wires them together");
    }

    /** The sub-packages of {@code apiPackage} (and what lies below each) depend on each other without cycles. */
    static ArchRule internalsFreeOfCycles(String apiPackage) {
        return slices().matching(apiPackage + ".(*)..").should().beFreeOfCycles();
    }
}
