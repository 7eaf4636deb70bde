package dev.crosswalk.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;

/**
 * Holds for a class none of whose public fields, constructors or methods has a type, parameter or return type in a
 * sub-package of {@code apiPackage}. Immutable and thread-safe.
 */
final class ExposesNoInternalType extends ArchCondition<JavaClass> {

    private final String internalPrefix;

    ExposesNoInternalType(String apiPackage) {
        super("expose no internal type in a public signature");
        this.internalPrefix = apiPackage + ".";
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        type.getCodeUnits().stream()
                .filter(unit -> unit.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(unit -> signature(unit).filter(this::internal).forEach(leak -> events.add(
                        SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes internal " + leak.getName()))));
        type.getFields().stream()
                .filter(field -> field.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaField::getRawType)
                .filter(this::internal)
                .forEach(leak -> events.add(SimpleConditionEvent.violated(type,
                        type.getName() + " has a public field of internal " + leak.getName())));
    }

    private static Stream<JavaClass> signature(JavaCodeUnit unit) {
        return Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream());
    }

    private boolean internal(JavaClass type) {
        return type.getPackageName().startsWith(internalPrefix);
    }
}
