package dev.crosswalk.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail address of a contact. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EmailAddress {

    private final String email;
    private final String type;

    private EmailAddress(String email, String type) {
        this.email = Objects.requireNonNull(email, "email");
        this.type = type;
    }

    /**
     * @param email the address as the provider stores it; never {@code null}
     * @param type what kind of address it is as the mapping names it (e.g. {@code work}), or {@code null}
     * @return the address
     */
    public static EmailAddress of(String email, String type) {
        return new EmailAddress(email, type);
    }

    /** @return the address; never {@code null} */
    public String email() {
        return email;
    }

    /** @return what kind of address it is, if the mapping says */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && that.email.equals(email) && Objects.equals(that.type, type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, type);
    }

    @Override
    public String toString() {
        return "EmailAddress[" + email + (type == null ? "" : " " + type) + "]";
    }
}
