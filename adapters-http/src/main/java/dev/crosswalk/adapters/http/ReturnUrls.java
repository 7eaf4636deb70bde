package dev.crosswalk.adapters.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The operator's allowlist of where a customer may be sent back after an authorisation, so the callback never
 * becomes an open redirect. An entry allows URLs with its scheme, host and port whose path is the entry's path or lies
 * below it ({@code https://app.example/crm} allows {@code https://app.example/crm/done?x=1}, not
 * {@code https://app.example/crmx} nor {@code https://app.example.evil.example/crm}). Immutable.
 */
final class ReturnUrls {

    private final List<URI> allowed;

    /** @throws IllegalArgumentException when an entry is not an absolute http(s) URL with a host */
    ReturnUrls(List<URI> allowed) {
        for (URI entry : allowed) {
            if (entry.getHost() == null || !List.of("http", "https").contains(entry.getScheme())) {
                throw new IllegalArgumentException("a return URL allowlist entry must be an absolute http(s) URL,"
                        + " was '" + entry + "'");
            }
        }
        this.allowed = List.copyOf(allowed);
    }

    /**
     * @param given the return URL a tenant asked for
     * @return it, when the allowlist allows it
     * @throws ApiProblem 400 when it is not an absolute http(s) URL, carries user info or a fragment, or is not allowed
     */
    URI check(String given) {
        URI uri = ConnectionBody.httpUrl("return_url", given).normalize();
        String path = Objects.requireNonNullElse(uri.getRawPath(), "");
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null || path.contains("\\")
                || path.toLowerCase(Locale.ROOT).contains("%2e") || path.startsWith("/..")) {
            throw ApiProblem.badRequest("'return_url' may not carry user info, a fragment or dot segments");
        }
        if (allowed.stream().noneMatch(entry -> allows(entry, uri))) {
            throw ApiProblem.badRequest("'return_url' " + Quoted.of(given) + " is not on this server's allowlist"
                    + (allowed.isEmpty() ? " (it has none: the operator sets oauth.return_urls)"
                            : "; it allows " + allowed), allowed.stream().map(URI::toString).toList());
        }
        return uri;
    }

    private static boolean allows(URI entry, URI uri) {
        if (!entry.getScheme().equalsIgnoreCase(uri.getScheme())
                || !entry.getHost().toLowerCase(Locale.ROOT).equals(uri.getHost().toLowerCase(Locale.ROOT))
                || port(entry) != port(uri)) {
            return false;
        }
        String base = Objects.requireNonNullElse(entry.getRawPath(), "");
        String path = Objects.requireNonNullElse(uri.getRawPath(), "");
        if (base.isEmpty() || base.equals("/")) {
            return true;
        }
        String directory = base.endsWith("/") ? base : base + "/";
        return path.equals(base) || path.startsWith(directory);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
