package dev.crosswalk.testkit.salesforce.data;

import java.util.Optional;

/**
 * Salesforce record ids: a 3-character key prefix, a 2-character pod, and a 10-digit base-62 record number,
 * plus the platform's 3-character case-safe checksum for the 18-character form.
 */
public final class SalesforceIds {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final int NUMBER_DIGITS = 10;

    private SalesforceIds() {
    }

    /** The 18-character id for {@code keyPrefix + pod + number}. */
    public static String of(String keyPrefix, String pod, long number) {
        char[] id = new char[18];
        keyPrefix.getChars(0, 3, id, 0);
        pod.getChars(0, 2, id, 3);
        long rest = number;
        for (int i = 14; i >= 5; i--) {
            id[i] = BASE62.charAt((int) (rest % 62));
            rest /= 62;
        }
        appendChecksum(id);
        return new String(id);
    }

    /** Appends the checksum to a 15-character id. */
    public static String toEighteen(String fifteen) {
        char[] id = new char[18];
        fifteen.getChars(0, 15, id, 0);
        appendChecksum(id);
        return new String(id);
    }

    /** Fills characters 16–18 from the case of characters 1–15. */
    private static void appendChecksum(char[] id) {
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int j = 0; j < 5; j++) {
                char c = id[chunk * 5 + j];
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << j;
                }
            }
            id[15 + chunk] = CHECKSUM_ALPHABET.charAt(bits);
        }
    }

    /**
     * Normalises a 15- or 18-character id to its 18-character form, or empty if it is not a well-formed id. An
     * 18-character id is case-insensitive: its checksum says which of the first 15 characters are upper case, so an id
     * whose case was lost (lower-cased by a case-insensitive store) still names its record. The checksum is trusted
     * over the letters, as on the platform: a mistyped checksum re-cases the id and may name another record.
     */
    public static Optional<String> normalise(String id) {
        if (id == null || (id.length() != 15 && id.length() != 18)) {
            return Optional.empty();
        }
        for (int i = 0; i < 15; i++) {
            if (BASE62.indexOf(id.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        if (id.length() == 15) {
            return Optional.of(toEighteen(id));
        }
        return caseFromChecksum(id).map(SalesforceIds::toEighteen);
    }

    /** The 15-character id an 18-character one stands for; empty when its checksum marks a digit as upper case. */
    private static Optional<String> caseFromChecksum(String eighteen) {
        char[] id = eighteen.substring(0, 15).toCharArray();
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = CHECKSUM_ALPHABET.indexOf(Character.toUpperCase(eighteen.charAt(15 + chunk)));
            if (bits < 0) {
                return Optional.empty();
            }
            for (int j = 0; j < 5; j++) {
                int i = chunk * 5 + j;
                boolean upper = (bits & (1 << j)) != 0;
                if (upper && !Character.isLetter(id[i])) {
                    return Optional.empty();
                }
                id[i] = upper ? Character.toUpperCase(id[i]) : Character.toLowerCase(id[i]);
            }
        }
        return Optional.of(new String(id));
    }

    /** The record number encoded in characters 6–15 of a well-formed id. */
    public static long number(String id) {
        long value = 0;
        for (int i = 15 - NUMBER_DIGITS; i < 15; i++) {
            value = value * 62 + BASE62.indexOf(id.charAt(i));
        }
        return value;
    }

    public static String keyPrefix(String id) {
        return id.substring(0, 3);
    }

    public static String pod(String id) {
        return id.substring(3, 5);
    }
}
