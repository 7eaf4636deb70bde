package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * An e-mail address of a contact.
 *
 * @param email the address as the provider stores it; never {@code null}
 */
public record EmailAddress(String email) {

    public EmailAddress {
        Objects.requireNonNull(email, "email");
    }
}
