package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * A reference from another record to an account. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AccountRef {

    private final String id;

    private AccountRef(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /** @return a reference to the account with the provider id {@code id}; never {@code null} */
    public static AccountRef of(String id) {
        return new AccountRef(id);
    }

    /** @return the provider's account id; never {@code null} */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountRef that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AccountRef[" + id + "]";
    }
}
