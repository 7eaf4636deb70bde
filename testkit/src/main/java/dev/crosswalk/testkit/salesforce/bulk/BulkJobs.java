package dev.crosswalk.testkit.salesforce.bulk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.SalesforceIds;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.org.Org;
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
public final class BulkJobs {

    private final Map<String, BulkJob> jobs = new ConcurrentHashMap<>();
    private final Map<Tally, AtomicLong> created = new ConcurrentHashMap<>();
    private final AtomicLong nextNumber = new AtomicLong(ObjectTable.FIRST_NUMBER);
    private final Duration processingTime;

    public BulkJobs(Duration processingTime) {
        this.processingTime = processingTime;
    }

    public Duration processingTime() {
        return processingTime;
    }

    public String newId(Org org) {
        return SalesforceIds.of("750", SalesforceIds.pod(org.id()), nextNumber.getAndIncrement());
    }

    /** The jobs of one kind an org has created. */
    private record Tally(Org org, Class<? extends BulkJob> kind) {
    }

    public <T extends BulkJob> T add(T job) {
        jobs.put(job.id(), job);
        created.computeIfAbsent(new Tally(job.org(), job.getClass()), tally -> new AtomicLong()).incrementAndGet();
        return job;
    }

    /**
     * How many jobs of this kind the org has created since the emulator started (as the daily API request counter,
     * it never rolls over). Deleting a job does not give its share of the daily allowance back.
     */
    public long created(Org org, Class<? extends BulkJob> kind) {
        AtomicLong count = created.get(new Tally(org, kind));
        return count == null ? 0 : count.get();
    }

    /** The job of this org and kind with this id (15 or 18 characters). */
    public <T extends BulkJob> Optional<T> find(Org org, Class<T> kind, String id) {
        return SalesforceIds.normalise(id).map(jobs::get)
                .filter(job -> job.org() == org && kind.isInstance(job))
                .map(kind::cast);
    }

    <T extends BulkJob> List<T> list(Org org, Class<T> kind) {
        return jobs.values().stream().filter(job -> job.org() == org && kind.isInstance(job)).map(kind::cast)
                .sorted(Comparator.comparing(BulkJob::id)).toList();
    }

    /** Deletes a job whose state allows it; the platform refuses to delete one that is still being worked on. */
    public void remove(BulkJob job, Instant now) {
        if (!job.isDeletable(now)) {
            throw new ApiException(400, "API_ERROR", "Error encountered when deleting the job because the job is not terminated");
        }
        jobs.remove(job.id());
    }

    /** The answer to a job list: every job of this kind in the org, described by {@code describe}, in one page. */
    public <T extends BulkJob> ObjectNode listBody(Org org, Class<T> kind, Function<T, ObjectNode> describe) {
        ObjectNode body = Json.object().put("done", true);
        ArrayNode records = body.putArray("records");
        list(org, kind).forEach(job -> records.add(describe.apply(job)));
        body.putNull("nextRecordsUrl");
        return body;
    }
}
