package dev.crosswalk.emulator.hubspot.oauth;

/** The one public app installed in every portal: its client id and secret and its registered redirect URI. */
public record OAuthApp(String clientId, String clientSecret, String redirectUri) {
}
