package dev.crosswalk.architecture;

import static com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT;
import static com.tngtech.archunit.core.domain.JavaModifier.BRIDGE;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.core.domain.JavaModifier.PROTECTED;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.JavaModifier.STATIC;
import static com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.domain.ThrowsDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Writes the signature lines of one exported type and its exported members. Stateless. */
final class SignatureLines {

    private static final String SEPARATOR = " : ";

    private SignatureLines() {
    }

    /** @return whether {@code type} can be reached from outside its package: public or protected all the way out */
    static boolean isExported(JavaClass type) {
        if (type.isAnonymousClass() || type.isLocalClass() || !isVisible(type.getModifiers())) {
            return false;
        }
        return type.getEnclosingClass().map(SignatureLines::isExported).orElse(true);
    }

    static List<String> of(JavaClass type) {
        String name = typeName(type);
        List<String> lines = new ArrayList<>();
        lines.add(name + SEPARATOR + declaration(type));
        Set<String> enumConstants = type.getEnumConstants().stream().map(JavaEnumConstant::name)
                .collect(Collectors.toSet());
        for (JavaField field : type.getFields()) {
            if (enumConstants.contains(field.getName())) {
                lines.add(name + "#" + field.getName() + SEPARATOR + "enum constant");
            } else if (isExported(field)) {
                lines.add(name + "#" + field.getName() + SEPARATOR
                        + modifiers(field.getModifiers()) + typeName(field.getType()));
            }
        }
        for (JavaConstructor constructor : type.getConstructors()) {
            if (isExported(constructor)) {
                lines.add(name + "#<init>" + parameters(constructor) + SEPARATOR
                        + (modifiers(constructor.getModifiers()) + typeParameters(constructor)
                        + throwsClause(constructor)).strip());
            }
        }
        for (JavaMethod method : type.getMethods()) {
            if (isExported(method)) {
                lines.add(name + "#" + method.getName() + parameters(method) + SEPARATOR + methodShape(type, method));
            }
        }
        return lines;
    }

    private static String declaration(JavaClass type) {
        StringBuilder text = new StringBuilder(visibility(type.getModifiers()));
        if (type.isNestedClass() && type.getModifiers().contains(STATIC)) {
            text.append("static ");
        }
        String kind = kind(type);
        boolean implicitlyAbstract = type.isInterface();
        boolean implicitlyFinal = type.isEnum() || type.isRecord();
        if (type.getModifiers().contains(ABSTRACT) && !implicitlyAbstract) {
            text.append("abstract ");
        }
        if (type.getModifiers().contains(FINAL) && !implicitlyFinal) {
            text.append("final ");
        }
        if (type.isSealed()) {
            text.append("sealed ");
        }
        text.append(kind).append(typeParameters(type.getTypeParameters()));
        type.getSuperclass().map(SignatureLines::typeName)
                .filter(superclass -> !isImplicitSuperclass(type, superclass))
                .ifPresent(superclass -> text.append(" extends ").append(superclass));
        List<String> interfaces = type.getInterfaces().stream().map(SignatureLines::typeName)
                .filter(iface -> !(type.isAnnotation() && iface.equals("java.lang.annotation.Annotation")))
                .sorted().toList();
        if (!interfaces.isEmpty()) {
            text.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        type.getPermittedSubclasses().ifPresent(permitted -> text.append(" permits ").append(
                permitted.stream().map(SignatureLines::typeName).sorted().collect(Collectors.joining(", "))));
        return text.toString();
    }

    private static String kind(JavaClass type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        if (type.isInterface()) {
            return "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        return type.isRecord() ? "record" : "class";
    }

    private static boolean isImplicitSuperclass(JavaClass type, String superclass) {
        return superclass.equals("java.lang.Object")
                || type.isRecord() && superclass.equals("java.lang.Record")
                || type.isEnum() && superclass.startsWith("java.lang.Enum<");
    }

    private static String methodShape(JavaClass owner, JavaMethod method) {
        Set<JavaModifier> modifiers = method.getModifiers();
        StringBuilder text = new StringBuilder(modifiers(modifiers));
        if (owner.isInterface() && !modifiers.contains(ABSTRACT) && !modifiers.contains(STATIC)) {
            text.append("default ");
        }
        String typeParameters = typeParameters(method);
        if (!typeParameters.isEmpty()) {
            text.append(typeParameters.strip()).append(' ');
        }
        return text.append(typeName(method.getReturnType())).append(throwsClause(method)).toString();
    }

    private static boolean isExported(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return isVisible(modifiers) && !modifiers.contains(SYNTHETIC) && !modifiers.contains(BRIDGE);
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(PUBLIC) || modifiers.contains(PROTECTED);
    }

    private static String visibility(Set<JavaModifier> modifiers) {
        return modifiers.contains(PUBLIC) ? "public " : "protected ";
    }

    /** Visibility, static, final and abstract, in that order: the modifiers a caller or implementer depends on. */
    private static String modifiers(Set<JavaModifier> modifiers) {
        StringBuilder text = new StringBuilder(visibility(modifiers));
        if (modifiers.contains(STATIC)) {
            text.append("static ");
        }
        if (modifiers.contains(FINAL)) {
            text.append("final ");
        }
        if (modifiers.contains(ABSTRACT)) {
            text.append("abstract ");
        }
        return text.toString();
    }

    private static String parameters(JavaCodeUnit codeUnit) {
        List<JavaType> types = codeUnit.getParameterTypes();
        if (types.size() != codeUnit.getRawParameterTypes().size()) {
            // javac leaves synthetic parameters (an inner class's outer instance) out of generic signatures
            types = List.copyOf(codeUnit.getRawParameterTypes());
        }
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        types.forEach(type -> joined.add(typeName(type)));
        return joined.toString();
    }

    private static String typeParameters(JavaCodeUnit codeUnit) {
        String text = typeParameters(codeUnit.getTypeParameters());
        return text.isEmpty() ? "" : text + " ";
    }

    private static String typeParameters(List<? extends JavaTypeVariable<?>> variables) {
        if (variables.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner(", ", "<", ">");
        for (JavaTypeVariable<?> variable : variables) {
            List<String> bounds = variable.getUpperBounds().stream().map(SignatureLines::typeName)
                    .filter(bound -> !bound.equals("java.lang.Object")).toList();
            joined.add(bounds.isEmpty() ? variable.getName()
                    : variable.getName() + " extends " + String.join(" & ", bounds));
        }
        return joined.toString();
    }

    private static String throwsClause(JavaCodeUnit codeUnit) {
        List<String> thrown = new ArrayList<>();
        for (ThrowsDeclaration<? extends JavaCodeUnit> declaration : codeUnit.getThrowsClause()) {
            thrown.add(typeName(declaration.getRawType()));
        }
        return thrown.isEmpty() ? "" : " throws " + thrown.stream().sorted().collect(Collectors.joining(", "));
    }

    /** The source-like name of a type: nested types joined with dots, arrays with brackets, type arguments kept. */
    static String typeName(JavaType type) {
        if (type instanceof JavaClass javaClass) {
            return javaClass.isArray()
                    ? typeName(javaClass.getComponentType()) + "[]"
                    : javaClass.getName().replace('$', '.');
        }
        if (type instanceof JavaParameterizedType parameterized) {
            StringJoiner arguments = new StringJoiner(", ", "<", ">");
            parameterized.getActualTypeArguments().forEach(argument -> arguments.add(typeName(argument)));
            return typeName(parameterized.toErasure()) + arguments;
        }
        if (type instanceof JavaWildcardType wildcard) {
            if (!wildcard.getLowerBounds().isEmpty()) {
                return "? super " + typeName(wildcard.getLowerBounds().get(0));
            }
            List<JavaType> upper = wildcard.getUpperBounds();
            return upper.isEmpty() || typeName(upper.get(0)).equals("java.lang.Object")
                    ? "?" : "? extends " + typeName(upper.get(0));
        }
        if (type instanceof JavaGenericArrayType array) {
            return typeName(array.getComponentType()) + "[]";
        }
        if (type instanceof JavaTypeVariable<?> variable) {
            return variable.getName();
        }
        return type.getName();
    }
}
