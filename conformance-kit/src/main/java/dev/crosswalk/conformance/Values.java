package dev.crosswalk.conformance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares values as the provider's text, whichever JSON type a provider or an emulator client gave them: numbers by
 * numeric value, everything else by its string form.
 */
final class Values {

    private Values() {
    }

    /** @return whether {@code expected} and {@code actual} are the same value */
    static boolean same(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        Optional<BigDecimal> left = number(expected);
        Optional<BigDecimal> right = number(actual);
        if (left.isPresent() && right.isPresent()) {
            return left.get().compareTo(right.get()) == 0;
        }
        return expected.toString().equals(actual.toString());
    }

    /** @return {@code fields} with every number written in its plainest form, so that equal maps compare equal */
    static Map<String, Object> comparable(Map<String, ?> fields) {
        Map<String, Object> normal = new LinkedHashMap<>();
        fields.forEach((name, value) -> normal.put(name, value == null ? null : number(value)
                .<Object>map(decimal -> decimal.stripTrailingZeros().toPlainString())
                .orElseGet(value::toString)));
        return normal;
    }

    /** @return the value as a number, when it is one or text that reads as one */
    static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Number || value instanceof CharSequence) {
            try {
                return Optional.of(new BigDecimal(value.toString().trim()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** @return the value as text in lower case, for comparisons that ignore letter case */
    static String folded(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }
}
