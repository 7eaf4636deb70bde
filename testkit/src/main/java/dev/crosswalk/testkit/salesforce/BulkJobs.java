package dev.crosswalk.testkit.salesforce;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every Bulk API 2.0 job of every org, by id. Thread-safe. */
final class BulkJobs {

    private final Map<String, BulkJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong nextNumber = new AtomicLong(ObjectTable.FIRST_NUMBER);
    private final Duration processingTime;

    BulkJobs(Duration processingTime) {
        this.processingTime = processingTime;
    }

    Duration processingTime() {
        return processingTime;
    }

    String newId(Org org) {
        return SalesforceIds.of("750", SalesforceIds.pod(org.id()), nextNumber.getAndIncrement());
    }

    <T extends BulkJob> T add(T job) {
        jobs.put(job.id(), job);
        return job;
    }

    /** The job of this org and kind with this id (15 or 18 characters). */
    <T extends BulkJob> Optional<T> find(Org org, Class<T> kind, String id) {
        return SalesforceIds.normalise(id).map(jobs::get)
                .filter(job -> job.org() == org && kind.isInstance(job))
                .map(kind::cast);
    }

    <T extends BulkJob> List<T> list(Org org, Class<T> kind) {
        return jobs.values().stream().filter(job -> job.org() == org && kind.isInstance(job)).map(kind::cast)
                .sorted(java.util.Comparator.comparing(BulkJob::id)).toList();
    }

    void remove(BulkJob job) {
        jobs.remove(job.id());
    }
}
