package dev.crosswalk.adapters.http;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API: a method, a path template with {@code {name}} segments, whether it needs an API key, the
 * query parameters it takes, and what serves it. Immutable.
 */
final class Route {

    /** Which query parameters a route takes besides its named ones. */
    enum OpenParameters {
        /** None: any other name is refused. */
        NONE(null),
        /** Any other name is a unified filter, checked by the use case against the object's mapping. */
        UNIFIED_FILTERS("filters"),
        /** {@code filter[<Field>]}: a condition on a provider field. */
        PROVIDER_FILTERS("filter");

        private final String documentedAs;

        OpenParameters(String documentedAs) {
            this.documentedAs = documentedAs;
        }

        /** @return the name the OpenAPI document gives these parameters, or {@code null} for {@link #NONE} */
        String documentedAs() {
            return documentedAs;
        }
    }

    private static final Pattern PROVIDER_FILTER = Pattern.compile("filter\\[([^\\[\\]]+)]");

    private final String method;
    private final String path;
    private final List<String> segments;
    private final boolean open;
    private final Set<String> parameters;
    private final OpenParameters openParameters;
    private final Endpoint endpoint;

    private Route(String method, String path, boolean open, Set<String> parameters, OpenParameters openParameters,
            Endpoint endpoint) {
        this.method = method;
        this.path = path;
        this.segments = List.of(path.substring(1).split("/", -1));
        this.open = open;
        this.parameters = Set.copyOf(parameters);
        this.openParameters = openParameters;
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** @return a route that needs an API key */
    static Route of(String method, String path, Set<String> parameters, OpenParameters openParameters,
            Endpoint endpoint) {
        return new Route(method, path, false, parameters, openParameters, endpoint);
    }

    /** @return a route that needs no API key and takes no query parameter */
    static Route open(String method, String path, Endpoint endpoint) {
        return open(method, path, Set.of(), endpoint);
    }

    /** @return a route that needs no API key and takes these query parameters */
    static Route open(String method, String path, Set<String> parameters, Endpoint endpoint) {
        return new Route(method, path, true, parameters, OpenParameters.NONE, endpoint);
    }

    String method() {
        return method;
    }

    /** @return the path template, as Javalin and the OpenAPI document write it */
    String path() {
        return path;
    }

    /** @return whether it is served without an API key */
    boolean isOpen() {
        return open;
    }

    /** @return the query parameters it takes by name */
    Set<String> parameters() {
        return parameters;
    }

    OpenParameters openParameters() {
        return openParameters;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /**
     * @param rawPath the request path, still percent-encoded
     * @return whether the template matches it: literal segments equal, each {@code {name}} segment non-empty
     */
    boolean matches(String rawPath) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return false;
        }
        String[] actual = rawPath.substring(1).split("/", -1);
        if (actual.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < actual.length; i++) {
            String expected = segments.get(i);
            boolean variable = expected.startsWith("{") && expected.endsWith("}");
            if (variable ? actual[i].isEmpty() : !expected.equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param query the request's parameters
     * @throws ApiProblem 400 naming the first parameter this route does not take, and the ones it does
     */
    void checkParameters(QueryParameters query) {
        for (String name : query.names()) {
            if (!parameters.contains(name) && !takesOpenParameter(name)) {
                Set<String> valid = new TreeSet<>(parameters);
                String hint = switch (openParameters) {
                    case NONE -> "";
                    case UNIFIED_FILTERS -> " and the filters the object's mapping declares";
                    case PROVIDER_FILTERS -> " and filter[<Field>] for a provider field";
                };
                throw ApiProblem.badRequest("unknown query parameter " + Quoted.of(name) + " for " + method + " "
                        + path + "; it takes " + (valid.isEmpty() ? "none" : String.join(", ", valid)) + hint,
                        List.copyOf(valid));
            }
        }
    }

    private boolean takesOpenParameter(String name) {
        return switch (openParameters) {
            case NONE -> false;
            case UNIFIED_FILTERS -> true;
            case PROVIDER_FILTERS -> PROVIDER_FILTER.matcher(name).matches();
        };
    }

    /** @return the provider field a {@code filter[<Field>]} parameter names, or {@code null} for another name */
    static String providerFilterField(String parameterName) {
        Matcher matcher = PROVIDER_FILTER.matcher(parameterName);
        return matcher.matches() ? matcher.group(1) : null;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
