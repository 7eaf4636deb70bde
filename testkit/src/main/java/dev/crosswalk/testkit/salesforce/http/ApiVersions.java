package dev.crosswalk.testkit.salesforce.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The REST API versions the emulator serves (31.0 up to {@link #NEWEST}) and their release labels. */
public final class ApiVersions {

    public static final int OLDEST = 31;
    static final int NEWEST = 62;
    private static final String[] SEASONS = {"Winter", "Spring", "Summer"};
    private static final String LATEST = "/services/data/latest";

    private ApiVersions() {
    }

    /** The newest version as it appears in paths, {@code v62.0}. */
    public static String newest() {
        return "v" + NEWEST + ".0";
    }

    /**
     * The path with the {@code /services/data/latest} alias replaced by the newest version, so handlers see (and echo in
     * urls) a concrete version.
     */
    static String resolveLatest(String path) {
        if (path.equals(LATEST) || path.startsWith(LATEST + "/")) {
            return "/services/data/" + newest() + path.substring(LATEST.length());
        }
        return path;
    }

    /** The major number of a version as it appears after the {@code v} in paths: 62 for {@code 62.0}. */
    public static int major(String version) {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /** True for {@code 31.0} … {@code 62.0} (major version with a {@code .0} minor). */
    public static boolean isServed(String version) {
        if (!version.endsWith(".0")) {
            return false;
        }
        try {
            int major = Integer.parseInt(version.substring(0, version.length() - 2));
            return major >= OLDEST && major <= NEWEST;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** True for versions the platform has retired (7.0–30.0): they answer 410 GONE rather than 404. */
    public static boolean isRetired(String version) {
        if (!version.endsWith(".0")) {
            return false;
        }
        try {
            int major = Integer.parseInt(version.substring(0, version.length() - 2));
            return major >= 7 && major < OLDEST;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code Winter '25} for 62: three releases a year, 32.0 was Winter '15. */
    static String label(int major) {
        int k = major - 32;
        int year = 15 + Math.floorDiv(k, 3);
        return SEASONS[Math.floorMod(k, 3)] + " '" + year;
    }

    /** The body of {@code GET /services/data}: oldest first. */
    public static List<Map<String, String>> listing() {
        List<Map<String, String>> versions = new ArrayList<>();
        for (int major = OLDEST; major <= NEWEST; major++) {
            String version = major + ".0";
            versions.add(Map.of("label", label(major), "url", "/services/data/v" + version, "version", version));
        }
        return versions;
    }
}
