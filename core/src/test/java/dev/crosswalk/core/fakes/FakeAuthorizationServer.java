package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.AuthorizationPort;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider's authorisation server: its page is {@code https://login.example/authorize?...}; {@link #approve} plays
 * the customer who allows access and returns the code; {@link #exchange} checks the code (once), the redirect URI and
 * the PKCE verifier against the S256 challenge, as a real one does. Only the setting {@code region} and the secret
 * setting {@code app_secret} (a customer's own app) are known; the secret settings of the last exchange are kept.
 * Thread-safe.
 */
public final class FakeAuthorizationServer implements AuthorizationPort {

    private record Issued(String challenge, URI redirectUri) {
    }

    private final Clock clock;
    private final Map<String, Issued> codes = new ConcurrentHashMap<>();
    private final AtomicInteger exchanges = new AtomicInteger();
    private volatile Map<String, Secret> lastSecretSettings = Map.of();

    public FakeAuthorizationServer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<String> problemsAuthorizing(Map<String, String> settings) {
        return settings.keySet().stream().filter(key -> !key.equals("region"))
                .map(key -> "'" + key + "' is not a connection setting").toList();
    }

    @Override
    public List<String> problemsAuthorizing(Map<String, String> settings, Map<String, Secret> secretSettings) {
        List<String> problems = new java.util.ArrayList<>(problemsAuthorizing(settings));
        secretSettings.keySet().stream().filter(key -> !key.equals("app_secret"))
                .forEach(key -> problems.add("'" + key + "' is not a secret setting"));
        return problems;
    }

    /** @return the secret settings the last exchange was made with */
    public Map<String, Secret> lastSecretSettings() {
        return lastSecretSettings;
    }

    @Override
    public OAuthTokens exchange(ConnectionRef connection, Map<String, String> settings,
            Map<String, Secret> secretSettings, String code, Secret codeVerifier, URI redirectUri) {
        lastSecretSettings = secretSettings;
        return exchange(connection, settings, code, codeVerifier, redirectUri);
    }

    @Override
    public URI authorizeUrl(ConnectionRef connection, Map<String, String> settings, URI redirectUri, String state, String codeChallenge) {
        return URI.create("https://login.example/authorize?response_type=code&redirect_uri="
                + URLEncoder.encode(redirectUri.toString(), StandardCharsets.UTF_8) + "&state=" + state
                + "&code_challenge=" + codeChallenge + "&code_challenge_method=S256");
    }

    /** @return the code the provider sends back after the customer allows access on {@code authorizeUrl} */
    public String approve(URI authorizeUrl) {
        Map<String, String> query = query(authorizeUrl);
        String code = "code-" + codes.size();
        codes.put(code, new Issued(query.get("code_challenge"), URI.create(query.get("redirect_uri"))));
        return code;
    }

    /** @return the {@code state} in a page URL */
    public static String stateOf(URI authorizeUrl) {
        return query(authorizeUrl).get("state");
    }

    /** @return how many exchanges were asked */
    public int exchanges() {
        return exchanges.get();
    }

    @Override
    public OAuthTokens exchange(ConnectionRef connection, Map<String, String> settings, String code,
            Secret codeVerifier, URI redirectUri) {
        exchanges.incrementAndGet();
        Issued issued = codes.remove(code);
        if (issued == null || !issued.redirectUri().equals(redirectUri)
                || !issued.challenge().equals(s256(codeVerifier.reveal()))) {
            throw new CrmFailure.Rejected("invalid_grant: invalid authorization code", "invalid_grant");
        }
        return OAuthTokens.builder(clock.instant()).accessToken(Secret.of("access-for-" + code))
                .refreshToken(Secret.of("refresh-for-" + code)).instanceUrl(URI.create("https://eu1.crm.example"))
                .build();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
