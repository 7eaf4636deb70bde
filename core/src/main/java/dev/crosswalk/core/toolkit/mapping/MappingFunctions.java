package dev.crosswalk.core.toolkit.mapping;

import com.dashjoin.jsonata.Jsonata;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions mapping expressions may call besides JSONata's: {@code $removeEmptyItems}, {@code $firstNonEmpty}, and
 * a {@code $pad} that refuses widths beyond {@value #MAX_PAD_WIDTH} (JSONata's own takes time growing with the square
 * of the width, and no time bound stops a function once it runs).
 */
final class MappingFunctions {

    static final int MAX_PAD_WIDTH = 10_000;

    private MappingFunctions() {
    }

    static void register(Jsonata expression) {
        expression.registerFunction("removeEmptyItems",
                Jsonata.function("removeEmptyItems", (Jsonata.FnVarArgs<Object>) MappingFunctions::removeEmptyItems,
                        null));
        expression.registerFunction("firstNonEmpty",
                Jsonata.function("firstNonEmpty", (Jsonata.FnVarArgs<Object>) MappingFunctions::firstNonEmpty, null));
        expression.registerFunction("pad",
                Jsonata.function("pad", (Jsonata.FnVarArgs<Object>) MappingFunctions::pad, null));
    }

    /** {@code $pad(str, width[, char])} as JSONata's, with the width bounded. */
    static Object pad(List<?> arguments) {
        if (arguments.isEmpty() || arguments.get(0) == null) {
            return null;
        }
        if (arguments.size() < 2 || !(arguments.get(1) instanceof Number width)) {
            throw new IllegalArgumentException("$pad takes a string and a width");
        }
        if (Math.abs(width.doubleValue()) > MAX_PAD_WIDTH) {
            throw new IllegalArgumentException("$pad width " + width + " is beyond " + MAX_PAD_WIDTH);
        }
        String padding = arguments.size() > 2 && arguments.get(2) instanceof String text ? text : null;
        return com.dashjoin.jsonata.Functions.pad(String.valueOf(arguments.get(0)), width, padding);
    }

    /** {@code $removeEmptyItems(array)}: the array without {@code null}, {@code ""}, {@code []} and <code>{}</code>. */
    static Object removeEmptyItems(List<?> arguments) {
        if (arguments.isEmpty() || arguments.get(0) == null) {
            return null;
        }
        Object array = arguments.get(0);
        List<Object> kept = new ArrayList<>();
        if (array instanceof List<?> items) {
            for (Object item : items) {
                if (!JsonValues.isEmpty(item)) {
                    kept.add(item);
                }
            }
        } else if (!JsonValues.isEmpty(array)) {
            kept.add(array);
        }
        return kept;
    }

    /** {@code $firstNonEmpty(a, b, ...)}: the first argument that is not empty, or {@code null} if there is none. */
    static Object firstNonEmpty(List<?> arguments) {
        for (Object argument : arguments) {
            if (!JsonValues.isEmpty(argument)) {
                return argument;
            }
        }
        return Jsonata.NULL_VALUE;
    }
}
