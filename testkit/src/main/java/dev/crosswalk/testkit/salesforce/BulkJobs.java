package dev.crosswalk.testkit.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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
                .sorted(Comparator.comparing(BulkJob::id)).toList();
    }

    /** Deletes a job whose state allows it; the platform refuses to delete one that is still being worked on. */
    void remove(BulkJob job, Instant now) {
        if (!job.isDeletable(now)) {
            throw new ApiException(400, "API_ERROR", "Error encountered when deleting the job because the job is not terminated");
        }
        jobs.remove(job.id());
    }

    /** The answer to a job list: every job of this kind in the org, described by {@code describe}, in one page. */
    <T extends BulkJob> ObjectNode listBody(Org org, Class<T> kind, Function<T, ObjectNode> describe) {
        ObjectNode body = Json.object().put("done", true);
        ArrayNode records = body.putArray("records");
        list(org, kind).forEach(job -> records.add(describe.apply(job)));
        body.putNull("nextRecordsUrl");
        return body;
    }
}
