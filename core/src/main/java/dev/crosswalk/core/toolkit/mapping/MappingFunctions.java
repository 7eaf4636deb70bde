package dev.crosswalk.core.toolkit.mapping;

import com.dashjoin.jsonata.Jsonata;
import java.util.ArrayList;
import java.util.List;

/** The functions mapping expressions may call besides JSONata's: {@code $removeEmptyItems}, {@code $firstNonEmpty}. */
final class MappingFunctions {

    private MappingFunctions() {
    }

    static void register(Jsonata expression) {
        expression.registerFunction("removeEmptyItems",
                Jsonata.function("removeEmptyItems", (Jsonata.FnVarArgs<Object>) MappingFunctions::removeEmptyItems,
                        null));
        expression.registerFunction("firstNonEmpty",
                Jsonata.function("firstNonEmpty", (Jsonata.FnVarArgs<Object>) MappingFunctions::firstNonEmpty, null));
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
