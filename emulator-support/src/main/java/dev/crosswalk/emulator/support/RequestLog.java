package dev.crosswalk.emulator.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every request an emulator has answered, in arrival order, so a test can assert exactly how many calls a client
 * made and which. Thread-safe; snapshots returned are immutable.
 */
public final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    /** An empty log; the emulator that owns it {@linkplain #record records} into it. */
    public RequestLog() {
    }

    /** Appends one answered request. */
    public synchronized void record(RecordedRequest request) {
        requests.add(request);
    }

    /** A snapshot of all recorded requests, oldest first. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Number of recorded requests. */
    public synchronized int size() {
        return requests.size();
    }

    /** Number of requests with this method whose path equals {@code path}. */
    public int count(String method, String path) {
        return count(r -> r.method().equalsIgnoreCase(method) && r.path().equals(path));
    }

    /** Number of requests whose path contains {@code fragment}, e.g. {@code "/query"}. */
    public int countPathContaining(String fragment) {
        return count(r -> r.path().contains(fragment));
    }

    /** Number of requests matching {@code filter}. */
    public synchronized int count(Predicate<RecordedRequest> filter) {
        return (int) requests.stream().filter(filter).count();
    }

    /**
     * Requests answered per route, keyed {@code "METHOD pattern"} with the route's path pattern as registered (so
     * {@code GET /crm/v3/objects/(?<type>[^/]+)} counts every object type together); unrouted paths count under their
     * own path. Sorted by key.
     *
     * @param routes the table that names the routes
     */
    public synchronized Map<String, Integer> countsByRoute(RouteTable<?> routes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RecordedRequest request : requests) {
            String key = request.method() + " " + routes.patternOf(request.method(), request.path()).orElse(request.path());
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    /** Forgets every recorded request. */
    public synchronized void clear() {
        requests.clear();
    }
}
