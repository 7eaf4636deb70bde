package dev.crosswalk.testkit.salesforce;

/**
 * An issued refresh token and who it speaks for.
 *
 * @param family shared by a token and all tokens rotated from it
 */
record RefreshGrant(String token, Org org, OrgUser user, String clientId, String scope, String family) {
}
