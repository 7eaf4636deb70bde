package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * A reference from another record to an account.
 *
 * @param id the provider's account id; never {@code null}
 */
public record AccountRef(String id) {

    public AccountRef {
        Objects.requireNonNull(id, "id");
    }
}
