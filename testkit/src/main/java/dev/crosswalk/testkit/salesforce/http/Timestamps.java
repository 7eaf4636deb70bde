package dev.crosswalk.testkit.salesforce.http;

import java.time.Instant;

/**
 * Fast UTC timestamp text with millisecond precision, without {@link java.time.format.DateTimeFormatter} (it shows up
 * in profiles when a million rows are streamed). Valid for years 0000–9999.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** {@code 2011-07-07T00:37:00.000} followed by {@code suffix} ({@code +0000} for REST, {@code Z} for Bulk CSV). */
    public static String format(Instant instant, String suffix) {
        long epochSecond = instant.getEpochSecond();
        long days = Math.floorDiv(epochSecond, 86_400);
        int secondOfDay = Math.floorMod(epochSecond, 86_400);
        int millis = instant.getNano() / 1_000_000;
        // civil-from-days (H. Hinnant), proleptic Gregorian
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        char[] out = new char[23 + suffix.length()];
        digits(out, 0, (int) year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        digits(out, 20, millis, 3);
        suffix.getChars(0, suffix.length(), out, 23);
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
