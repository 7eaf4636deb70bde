package dev.crosswalk.testkit.salesforce;

/**
 * A ready Connected App and an authorised user of the emulator's default org.
 *
 * @param clientId       the Connected App's consumer key
 * @param clientSecret   the Connected App's consumer secret
 * @param username       the user the refresh token belongs to
 * @param refreshToken   a refresh token for that user and app; valid until revoked (or spent, under rotation)
 * @param organizationId the org's 18-character id ({@code 00D…})
 * @param password       the user's password, for the username-password grant (the security token is optional)
 * @param securityToken  the user's security token, accepted appended to the password
 */
public record EmulatorCredentials(String clientId, String clientSecret, String username, String refreshToken,
        String organizationId, String password, String securityToken) {

    /** Hides the secrets, so credentials can be logged. */
    @Override
    public String toString() {
        return "EmulatorCredentials[clientId=" + clientId + ", username=" + username + ", organizationId=" + organizationId + "]";
    }
}
