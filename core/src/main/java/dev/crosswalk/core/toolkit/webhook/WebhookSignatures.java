package dev.crosswalk.core.toolkit.webhook;

import dev.crosswalk.core.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How Crosswalk signs webhook requests, and how a receiver checks them. Each request carries
 * {@value #TIMESTAMP_HEADER} (Unix seconds) and {@value #SIGNATURE_HEADER}: {@code v1=} followed by the lower-case hex
 * HMAC-SHA256, keyed with the endpoint's signing secret, of the timestamp, a {@code .}, and the raw body bytes. A
 * receiver recomputes it over the body exactly as received, compares in constant time, and refuses a timestamp more
 * than {@link #REPLAY_WINDOW} away from its clock; deliveries are at least once, so it also ignores an
 * {@value #EVENT_ID_HEADER} it has already handled. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class WebhookSignatures {

    public static final String SIGNATURE_HEADER = "Crosswalk-Signature";
    public static final String TIMESTAMP_HEADER = "Crosswalk-Timestamp";
    public static final String EVENT_ID_HEADER = "Crosswalk-Event-Id";
    public static final String EVENT_TYPE_HEADER = "Crosswalk-Event-Type";
    /** How far a request's timestamp may be from the receiver's clock. */
    public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private static final String VERSION = "v1=";

    private WebhookSignatures() {
    }

    /**
     * @param secret the endpoint's signing secret; never {@code null}
     * @param timestamp when the request is sent; never {@code null}
     * @param body the request body; never {@code null}
     * @return the {@value #SIGNATURE_HEADER} value
     */
    public static String sign(Secret secret, Instant timestamp, byte[] body) {
        return VERSION + HexFormat.of().formatHex(hmac(secret, timestamp.getEpochSecond(), body));
    }

    /**
     * @param secret the endpoint's signing secret; never {@code null}
     * @param timestampHeader the request's {@value #TIMESTAMP_HEADER}; may be {@code null}
     * @param signatureHeader the request's {@value #SIGNATURE_HEADER}; may be {@code null}
     * @param body the body exactly as received; never {@code null}
     * @param now the receiver's clock; never {@code null}
     * @return whether the request was signed with this secret within the replay window
     */
    public static boolean verify(Secret secret, String timestampHeader, String signatureHeader, byte[] body,
            Instant now) {
        Objects.requireNonNull(body, "body");
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith(VERSION)) {
            return false;
        }
        long seconds;
        byte[] given;
        try {
            seconds = Long.parseLong(timestampHeader.strip());
            given = HexFormat.of().parseHex(signatureHeader.substring(VERSION.length()).strip());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
        return skew.compareTo(REPLAY_WINDOW) <= 0 && MessageDigest.isEqual(hmac(secret, seconds, body), given);
    }

    private static byte[] hmac(Secret secret, long seconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java platform has HmacSHA256", impossible);
        }
    }
}
