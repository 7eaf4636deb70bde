package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.port.in.UseCaseException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Turns a connector's page token into the opaque cursor clients see, bound to the connection it was issued for,
 * and back. A cursor replayed against another connection is refused. Connectors still validate the token itself:
 * a client can forge the base64.
 */
final class CursorCodec {

    private static final char SEPARATOR = '\n';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    String encode(PageToken token, ConnectionRef issuedFor) {
        return ENCODER.encodeToString((binding(issuedFor) + token.value()).getBytes(StandardCharsets.UTF_8));
    }

    PageToken decode(String cursor, ConnectionRef presentedFor) {
        String plain;
        try {
            plain = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new UseCaseException.InvalidCursor();
        }
        String binding = binding(presentedFor);
        if (!plain.startsWith(binding) || plain.substring(binding.length()).isBlank()) {
            throw new UseCaseException.InvalidCursor();
        }
        return new PageToken(plain.substring(binding.length()));
    }

    /**
     * Names the whole connection, tenant included: connection ids are chosen per tenant, so two tenants may both
     * have an {@code sf-main}. The tenant is encoded because a tenant id may contain any character; a connection id
     * holds neither {@code .} nor a line break.
     */
    private static String binding(ConnectionRef ref) {
        return ENCODER.encodeToString(ref.tenant().value().getBytes(StandardCharsets.UTF_8))
                + '.' + ref.id().value() + SEPARATOR;
    }
}
