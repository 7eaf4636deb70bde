package dev.crosswalk.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvent;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds for a class whose own name and package, whose fields' and methods' names and types, and whose dependencies
 * name none of the given providers (case-insensitively). Immutable and thread-safe.
 */
final class NamesNoProvider extends ArchCondition<JavaClass> {

    private final List<String> providers;

    NamesNoProvider(List<String> providers) {
        super("name no provider " + providers + " in their name, package, members or dependencies");
        if (providers.isEmpty() || providers.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("name at least one provider, none blank: " + providers);
        }
        this.providers = providers.stream().map(provider -> provider.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        Optional<String> inName = provider(type.getName());
        if (inName.isPresent()) {
            events.add(violation(type, "its name or package names " + inName.get()));
            return;
        }
        Set<String> findings = new TreeSet<>();
        for (JavaField field : type.getFields()) {
            provider(field.getName()).ifPresent(provider ->
                    findings.add("field " + field.getName() + " names " + provider));
        }
        for (JavaCodeUnit codeUnit : type.getCodeUnits()) {
            provider(codeUnit.getName()).ifPresent(provider ->
                    findings.add("method " + codeUnit.getName() + " names " + provider));
        }
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            provider(target.getName()).ifPresent(provider ->
                    findings.add("it uses " + target.getName() + ", which names " + provider + " ("
                            + dependency.getDescription() + ")"));
        }
        findings.forEach(finding -> events.add(violation(type, finding)));
    }

    private static ConditionEvent violation(JavaClass type, String finding) {
        return SimpleConditionEvent.violated(type, type.getName() + " is shared by every connector, but " + finding
                + "; move provider-specific code into that provider's connector or its mapping files");
    }

    private Optional<String> provider(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return providers.stream().filter(lowerCase::contains).findFirst();
    }
}
