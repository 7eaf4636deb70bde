package dev.crosswalk.adapters.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API's OpenAPI 3.1 description, a resource of this module, served at {@value #PATH} without an API key. */
final class OpenApiDocument {

    static final String PATH = "/openapi.json";
    static final String RESOURCE = "openapi.json";

    private OpenApiDocument() {
    }

    /** @return the document's bytes */
    static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the HTTP adapter");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("could not read " + RESOURCE, unreadable);
        }
    }

    /** @return the route serving it */
    static Route route() {
        byte[] document = load();
        return Route.open("GET", PATH, call -> call.ctx().status(200).contentType("application/json").result(document));
    }
}
