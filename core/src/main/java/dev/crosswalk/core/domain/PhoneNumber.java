package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * A phone number of a contact. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PhoneNumber {

    private final String number;
    private final PhoneType type;

    private PhoneNumber(String number, PhoneType type) {
        this.number = Objects.requireNonNull(number, "number");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * @param number the number as the provider stores it; never {@code null}
     * @param type what kind of line it is; never {@code null}
     * @return the phone number
     */
    public static PhoneNumber of(String number, PhoneType type) {
        return new PhoneNumber(number, type);
    }

    /** @return the number; never {@code null} */
    public String number() {
        return number;
    }

    /** @return what kind of line it is; never {@code null} */
    public PhoneType type() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && that.number.equals(number) && that.type == type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, type);
    }

    @Override
    public String toString() {
        return "PhoneNumber[" + number + " " + type + "]";
    }
}
