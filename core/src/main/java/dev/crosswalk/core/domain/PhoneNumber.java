package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * A phone number of a contact.
 *
 * @param number the number as the provider stores it; never {@code null}
 * @param type what kind of line it is; never {@code null}
 */
public record PhoneNumber(String number, PhoneType type) {

    public PhoneNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
    }
}
