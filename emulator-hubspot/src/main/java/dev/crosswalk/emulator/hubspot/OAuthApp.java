package dev.crosswalk.emulator.hubspot;

/** The one public app installed in every portal: its client id and secret and its registered redirect URI. */
record OAuthApp(String clientId, String clientSecret, String redirectUri) {
}
