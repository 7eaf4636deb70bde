package dev.crosswalk.adapters.persistence;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The host sees the database, its settings, the key, the job scheduler and core's ports; jOOQ, Hikari, Flyway,
 * db-scheduler and the generated classes stay inside.
 */
class PublicApiTest {

    private static final String PACKAGE = "dev.crosswalk.adapters.persistence";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);
    private static final DescribedPredicate<JavaClass> LIBRARY_OR_GENERATED =
            resideInAnyPackage("org.jooq..", "com.zaxxer..", "org.flywaydb..", "com.github.kagkarlsson..",
                    PACKAGE + ".generated..");

    @Test
    void makesOnlyTheDatabaseItsSettingsTheKeyAndTheJobSchedulerPublic() {
        assertThat(CLASSES.stream()
                        .filter(type -> type.getPackageName().equals(PACKAGE))
                        .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                        .map(JavaClass::getSimpleName))
                .containsExactlyInAnyOrder("CrosswalkDatabase", "DatabaseSettings", "TokenEncryptionKey",
                        "JobScheduler", "RecurringJob", "Reencrypted");
    }

    @Test
    void exposesNoLibraryOrGeneratedTypeInAPublicSignature() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage(PACKAGE)
                .should().notHaveRawReturnType(LIBRARY_OR_GENERATED)
                .check(CLASSES);
        codeUnits().that().arePublic()
                .and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage(PACKAGE)
                .should().notHaveRawParameterTypes(anyElementThat(LIBRARY_OR_GENERATED))
                .check(CLASSES);
    }
}
