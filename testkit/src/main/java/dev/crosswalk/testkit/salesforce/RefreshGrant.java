package dev.crosswalk.testkit.salesforce;

/** An issued refresh token and who it speaks for. */
record RefreshGrant(String token, Org org, OrgUser user, String clientId, String scope) {
}
