package dev.crosswalk.emulator.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes by HTTP method and a regular expression over the whole path (named groups become path parameters). Routes
 * are tried in the order added. Registering is not thread-safe: add every route before the server starts; lookups
 * are then safe from any thread.
 *
 * @param <C> the call type the handlers take
 */
public final class RouteTable<C> {

    private record Route<C>(String method, Pattern pattern, Handler<C> handler) {
    }

    /** What a lookup found. */
    public sealed interface Lookup<C> {
    }

    /** A route matched: run {@code handler} with {@code matcher}'s groups as path parameters. */
    public record Found<C>(Handler<C> handler, Matcher matcher) implements Lookup<C> {
    }

    /** No route has this path: answer 404. */
    public record NotFound<C>() implements Lookup<C> {
    }

    /** Routes have this path but not this method: answer 405 with an {@code Allow} header listing {@code allowed}. */
    public record MethodNotAllowed<C>(Set<String> allowed) implements Lookup<C> {

        /** The {@code Allow} header value, e.g. {@code GET, POST}. */
        public String allowHeader() {
            return String.join(", ", allowed);
        }
    }

    private final List<Route<C>> routes = new ArrayList<>();

    /**
     * Adds a route; a {@code GET} route also answers {@code HEAD}.
     *
     * @param method upper-case HTTP method
     * @param regex  must match the whole path; may use named groups
     */
    public RouteTable<C> on(String method, String regex, Handler<C> handler) {
        routes.add(new Route<>(method, Pattern.compile(regex), handler));
        return this;
    }

    /** Finds the route for a request; never {@code null}. */
    public Lookup<C> find(String method, String path) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route<C> route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            if (route.method().equals(method) || (route.method().equals("GET") && method.equals("HEAD"))) {
                return new Found<>(route.handler(), matcher);
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new NotFound<>() : new MethodNotAllowed<>(java.util.Collections.unmodifiableSet(allowed));
    }

    /** The pattern of the route that serves this method and path, if any. */
    public Optional<String> patternOf(String method, String path) {
        return routes.stream()
                .filter(route -> route.method().equals(method) && route.pattern().matcher(path).matches())
                .map(route -> route.pattern().pattern())
                .findFirst();
    }
}
