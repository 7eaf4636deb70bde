package dev.crosswalk.adapters.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every route of the API, and which one a request reaches: the route itself, a known path asked with a method it
 * does not take (405 and the methods it does), or no known path at all (404). {@code HEAD} reaches every {@code GET}
 * route. Immutable.
 */
final class RouteTable {

    /** The order methods are listed in an {@code Allow} header. */
    private static final List<String> METHOD_ORDER = List.of("GET", "HEAD", "PUT", "POST", "DELETE");

    private final List<Route> routes;

    RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** @return every route, in the order they were declared */
    List<Route> routes() {
        return routes;
    }

    /** @return whether some route that needs no API key has this path */
    boolean isOpenPath(String rawPath) {
        return routes.stream().anyMatch(route -> route.isOpen() && route.matches(rawPath));
    }

    /**
     * @param method the request method, upper-case as sent
     * @param rawPath the request path, still percent-encoded
     * @return the route serving it, if any
     * @throws ApiProblem 404 when no route has the path, 405 with {@code Allow} when none takes the method
     */
    Route resolve(String method, String rawPath) {
        String asked = method.equals("HEAD") ? "GET" : method;
        List<Route> samePath = routes.stream().filter(route -> route.matches(rawPath)).toList();
        if (samePath.isEmpty()) {
            throw new ApiProblem(404, "no-such-route", "Not found", "no route matches this path; see /openapi.json");
        }
        Optional<Route> served = samePath.stream().filter(route -> route.method().equals(asked)).findFirst();
        if (served.isPresent()) {
            return served.get();
        }
        String allowed = String.join(", ", allowedMethods(samePath));
        throw new ApiProblem(405, "method-not-allowed", "Method not allowed",
                "this path takes only " + allowed).withHeader("Allow", allowed);
    }

    private static List<String> allowedMethods(List<Route> samePath) {
        Set<String> methods = new LinkedHashSet<>();
        for (Route route : samePath) {
            methods.add(route.method());
            if (route.method().equals("GET")) {
                methods.add("HEAD");
            }
        }
        List<String> ordered = new ArrayList<>(METHOD_ORDER);
        ordered.retainAll(methods);
        return ordered;
    }
}
