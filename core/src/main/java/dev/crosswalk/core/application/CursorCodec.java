package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.in.UseCaseException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a connector's page token into the opaque cursor clients see, and back. A cursor is bound to the tenant and
 * connection it was issued for and to the listing it continues (a fingerprint of its object and conditions), and
 * signed (HMAC-SHA256): a cursor replayed against another connection or with other filters, or altered in any way, is
 * refused before a connector sees it. Connectors still validate their own tokens as defence in depth. Thread-safe.
 */
final class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final char SEPARATOR = '\n';
    private static final char SIGNATURE_SEPARATOR = '.';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    CursorCodec(Secret signingKey) {
        this.key = new SecretKeySpec(signingKey.reveal().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String encode(PageToken token, ConnectionRef issuedFor, String listing) {
        byte[] payload = (binding(issuedFor, listing) + token.value()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + SIGNATURE_SEPARATOR + ENCODER.encodeToString(sign(payload));
    }

    PageToken decode(String cursor, ConnectionRef presentedFor, String listing) {
        int dot = cursor.lastIndexOf(SIGNATURE_SEPARATOR);
        if (dot <= 0) {
            throw new UseCaseException.InvalidCursor();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(cursor.substring(0, dot));
            signature = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw new UseCaseException.InvalidCursor();
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw new UseCaseException.InvalidCursor();
        }
        String plain = new String(payload, StandardCharsets.UTF_8);
        if (!plain.startsWith(binding(presentedFor, ""))) {
            throw new UseCaseException.InvalidCursor();
        }
        String binding = binding(presentedFor, listing);
        if (!plain.startsWith(binding) || plain.substring(binding.length()).isBlank()) {
            throw new UseCaseException.InvalidCursor("the cursor continues a listing with other filters, fields or"
                    + " object; repeat the query parameters of the page that returned it, or start again without a"
                    + " cursor");
        }
        return PageToken.of(plain.substring(binding.length()));
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK ships HmacSHA256", impossible);
        }
    }

    /**
     * Names the whole connection, tenant included (connection ids are chosen per tenant, so two tenants may both have
     * an {@code sf-main}), then the listing's fingerprint. The tenant is encoded because a tenant id may contain any
     * character; a connection id holds neither {@code .} nor a line break. With an empty listing this is the prefix
     * every cursor of the connection starts with.
     */
    private static String binding(ConnectionRef ref, String listing) {
        String connection = ENCODER.encodeToString(ref.tenant().value().getBytes(StandardCharsets.UTF_8))
                + '.' + ref.id().value() + SEPARATOR;
        return listing.isEmpty() ? connection : connection + fingerprint(listing) + SEPARATOR;
    }

    private static String fingerprint(String listing) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(listing.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(java.util.Arrays.copyOf(digest, 12));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK ships SHA-256", impossible);
        }
    }
}
