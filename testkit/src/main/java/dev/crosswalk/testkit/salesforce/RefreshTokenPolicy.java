package dev.crosswalk.testkit.salesforce;

/** How the emulated Connected App treats refresh tokens. */
public enum RefreshTokenPolicy {

    /** The same refresh token works again and again; refresh responses carry no {@code refresh_token} (most orgs). */
    REUSE,

    /**
     * "Enable Refresh Token Rotation": each refresh answers a new {@code refresh_token} and spends the old one, which
     * then fails with {@code invalid_grant}. Of two overlapping refreshes with one token, only the first succeeds.
     */
    ROTATE,

    /**
     * Rotation where replaying a spent refresh token (for example, the loser of a refresh race) also revokes every
     * token of its family, including the winner's new refresh token and access tokens.
     */
    ROTATE_AND_REVOKE_ON_REPLAY
}
