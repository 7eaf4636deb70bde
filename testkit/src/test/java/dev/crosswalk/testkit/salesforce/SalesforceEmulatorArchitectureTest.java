package dev.crosswalk.testkit.salesforce;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
 * The emulator's sub-packages are internal: its public API ({@code dev.crosswalk.testkit.salesforce}) hands out none
 * of their types, and they depend on the API package only for the values tests pass in.
 */
class SalesforceEmulatorArchitectureTest {

    private static final String API = "dev.crosswalk.testkit.salesforce";

    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API);

    @Test
    void thePublicApiHandsOutNoInternalType() {
        CrosswalkArchitecture.apiExposesNoInternalType(API).check(EMULATOR);
    }

    @Test
    void internalPackagesDoNotDependOnTheRequestHandlingAbove() {
        noClasses().that().resideInAnyPackage(API + ".(*)..")
                .should().dependOnClassesThat(resideInAPackage(API).and(not(equivalentTo(RefreshTokenPolicy.class)))
                        .and(not(equivalentTo(Fault.class))).and(not(equivalentTo(Fault.Kind.class))))
                .because("the internal packages are layers below the public API; they read only the values tests hand"
                        + " it: an org's RefreshTokenPolicy and the Faults to inject")
                .check(EMULATOR);
    }

    @Test
    void theRuleFailsOnAnApiThatLeaksAnInternalType() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.crosswalk.testkit.archfixture");

        assertThatThrownBy(() -> CrosswalkArchitecture.apiExposesNoInternalType("dev.crosswalk.testkit.archfixture.api").check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Leaky.hidden()");
    }

}
