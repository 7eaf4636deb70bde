package dev.crosswalk.core.domain;

import java.util.Locale;

/**
 * The kind of a phone line, as the unified model names it. Constants may be added.
 *
 * @since 0.1
 */
public enum PhoneType {
    WORK,
    MOBILE,
    HOME,
    FAX,
    OTHER;

    /**
     * @param name a type as a mapping writes it ({@code work}, {@code MOBILE}, ...), or {@code null}
     * @return the matching type, or {@link #OTHER} for {@code null} and names the model does not know
     */
    public static PhoneType named(String name) {
        if (name == null) {
            return OTHER;
        }
        for (PhoneType type : values()) {
            if (type.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return type;
            }
        }
        return OTHER;
    }
}
