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
 * The emulator's sub-packages are internal: its public API ({@code dev.crosswalk.testkit.salesforce}) hands out none
 * of their types, and they depend on the API package only for the values tests pass in.
 */
class SalesforceEmulatorArchitectureTest {

    private static final String API = "dev.crosswalk.testkit.salesforce";

    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API);

    @Test
    void thePublicApiHandsOutNoInternalType() {
        internalsStayInternal(API).check(EMULATOR);
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

        assertThatThrownBy(() -> internalsStayInternal("dev.crosswalk.testkit.archfixture.api").check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Leaky.hidden()");
    }

    /**
     * Public classes of {@code apiPackage} have no public field, constructor or method whose type, parameters or
     * return type live in one of its sub-packages or in a sibling package: users compile against the API only.
     */
    static ArchRule internalsStayInternal(String apiPackage) {
        String root = apiPackage.substring(0, apiPackage.lastIndexOf('.'));
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal",
                type -> type.getPackageName().startsWith(root + ".") && !type.getPackageName().equals(apiPackage)
                        && !type.getPackageName().startsWith("dev.crosswalk.emulator.support"));
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
}
