package dev.crosswalk.emulator.hubspot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
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
        internalsStayInternal(API).check(EMULATOR);
    }

    @Test
    void theApiRuleFailsOnAnApiThatLeaksAnInternalType() {
        assertThatThrownBy(() -> internalsStayInternal(FIXTURE).check(FIXTURES))
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
     * Public classes of {@code apiPackage} have no public field, constructor or method whose type, parameters or
     * return type live in one of its sub-packages: users compile against the API only.
     */
    static ArchRule internalsStayInternal(String apiPackage) {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal",
                type -> type.getPackageName().startsWith(apiPackage + "."));
        return classes().that().resideInAPackage(apiPackage).and().arePublic()
                .should(new ArchCondition<JavaClass>("expose no internal type in a public signature") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        Stream<JavaCodeUnit> units = type.getCodeUnits().stream()
                                .filter(unit -> unit.getModifiers().contains(JavaModifier.PUBLIC));
                        units.forEach(unit -> Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream())
                                .filter(internal)
                                .forEach(leak -> events.add(SimpleConditionEvent.violated(unit,
                                        unit.getFullName() + " exposes internal " + leak.getName()))));
                        type.getFields().stream().filter(field -> field.getModifiers().contains(JavaModifier.PUBLIC))
                                .map(JavaField::getRawType).filter(internal)
                                .forEach(leak -> events.add(SimpleConditionEvent.violated(type,
                                        type.getName() + " has a public field of internal " + leak.getName())));
                    }
                });
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
