package dev.crosswalk.testkit.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every request the emulator has answered, in arrival order, so a test can assert exactly how many calls a client
 * made and which. Thread-safe; snapshots returned are immutable.
 */
public final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    RequestLog() {
    }

    synchronized void record(RecordedRequest request) {
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

    /** Forgets every recorded request. */
    public synchronized void clear() {
        requests.clear();
    }
}
