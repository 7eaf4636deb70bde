package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * Whose grant a connection's tokens are: the provider's account (a Salesforce org) and the user who authorised it, as
 * the provider reported them. Immutable and thread-safe.
 *
 * @param accountId the provider's id of the account, such as a Salesforce org id; never {@code null}
 * @param userId the provider's id of the user; never {@code null}
 * @since 0.1
 */
public record GrantIdentity(String accountId, String userId) {

    public GrantIdentity {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userId, "userId");
    }
}
