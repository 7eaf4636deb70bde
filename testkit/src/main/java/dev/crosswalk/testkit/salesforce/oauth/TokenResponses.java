package dev.crosswalk.testkit.salesforce.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds token endpoint bodies in the platform's field order; never includes {@code expires_in}. */
public final class TokenResponses {

    private TokenResponses() {
    }

    /**
     * @param refreshToken included only when the flow issues one (web-server flow, rotation), else null
     */
    public static ObjectNode success(Platform platform, AccessSession session, String refreshToken, boolean withSignature) {
        return success(platform, session, refreshToken, withSignature, null);
    }

    /** @param idToken the OpenID Connect id_token (scope {@code openid}), or null */
    public static ObjectNode success(Platform platform, AccessSession session, String refreshToken, boolean withSignature,
            String idToken) {
        String identity = platform.identityUrl(session.org(), session.user());
        String issuedAt = Long.toString(session.issuedAt().toEpochMilli());
        ObjectNode body = Json.object().put("access_token", session.token());
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        if (withSignature) {
            body.put("signature", signature(session.org().app(session.clientId()).orElse(session.org().app()).clientSecret(), identity + issuedAt));
        }
        body.put("scope", session.scope());
        if (idToken != null) {
            body.put("id_token", idToken);
        }
        body.put("instance_url", platform.base())
                .put("id", identity)
                .put("token_type", "Bearer")
                .put("issued_at", issuedAt);
        return body;
    }

    /** Base64 HMAC-SHA256 of {@code id + issued_at} keyed by the client secret, as the platform documents. */
    public static String signature(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
