package dev.crosswalk.adapters.http;

import org.eclipse.jetty.http.HttpStatus;

/**
 * The problems the server answers by status alone, for failures no route explains (Jetty's own refusals, Javalin's
 * body limit, unexpected failures). Their details are fixed texts: they never repeat any part of the request.
 */
final class StatusProblems {

    private StatusProblems() {
    }

    static ApiProblem of(int status) {
        return switch (status) {
            case 400 -> new ApiProblem(400, "malformed-request", "Malformed request",
                    "the request is not valid HTTP: check the request line, the path's percent-escapes (a '%' is"
                            + " followed by two hex digits) and the Host header");
            case 404 -> new ApiProblem(404, "no-such-route", "Not found", "no route matches this path; see /openapi.json");
            case 408 -> new ApiProblem(408, "request-timeout", "Request timeout",
                    "the request did not arrive in time; send it again");
            case 411 -> new ApiProblem(411, "length-required", "Length required",
                    "send a Content-Length header with the body");
            case 413 -> new ApiProblem(413, "body-too-large", "Body too large",
                    "the request body is larger than this server accepts");
            case 414 -> new ApiProblem(414, "uri-too-long", "URI too long",
                    "the request URI is longer than this server accepts; send fewer or shorter query parameters");
            case 415 -> new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "the body's Content-Type is not one this route takes; see /openapi.json");
            case 431 -> new ApiProblem(431, "headers-too-large", "Request headers too large",
                    "the request headers are larger than this server accepts; send fewer or smaller headers");
            case 500 -> new ApiProblem(500, "internal-error", "Internal error",
                    "the server failed unexpectedly; the failure was logged");
            case 505 -> new ApiProblem(505, "http-version-not-supported", "HTTP version not supported",
                    "send HTTP/1.1");
            default -> new ApiProblem(status, "http-" + status, reason(status),
                    "the server answered " + status + " " + reason(status));
        };
    }

    private static String reason(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null ? "HTTP " + status : reason;
    }
}
