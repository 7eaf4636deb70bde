package dev.crosswalk.emulator.support;

/**
 * One request an emulator answered.
 *
 * @param method HTTP method, upper case
 * @param path   request path without the query string, e.g. {@code /crm/v3/objects/contacts}
 * @param query  the raw (still URL-encoded) query string, or an empty string
 * @param status the HTTP status the emulator answered with
 */
public record RecordedRequest(String method, String path, String query, int status) {
}
