package dev.crosswalk.emulator.hubspot;

/**
 * What a client needs to reach one emulated portal. Immutable; {@link #toString()} leaves the secret and the tokens
 * out, so a test log never shows them.
 *
 * @param hubId           the portal's hub id
 * @param clientId        the public app's client id (the same app is installed in every portal)
 * @param clientSecret    the public app's client secret
 * @param redirectUri     the app's registered redirect URI, which the authorization code flow must send
 * @param refreshToken    an installation of the app in this portal: {@code grant_type=refresh_token} gives access tokens
 * @param privateAppToken a private app's token ({@code pat-…}) for this portal; it never expires and has a daily limit
 */
public record HubSpotCredentials(long hubId, String clientId, String clientSecret, String redirectUri, String refreshToken,
        String privateAppToken) {

    @Override
    public String toString() {
        return "HubSpotCredentials[hubId=" + hubId + ", clientId=" + clientId + ", redirectUri=" + redirectUri
                + ", clientSecret=***, refreshToken=***, privateAppToken=***]";
    }
}
