package dev.crosswalk.testkit.salesforce.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.time.Duration;
import java.time.Instant;

/**
 * A Bulk API 2.0 job. Once submitted it is {@code UploadComplete}, then {@code InProgress}, then {@code JobComplete}
 * (or {@code Failed}, see {@link #failWhenProcessed()}) when the configured processing time has passed on the
 * emulator's clock. Thread-safe.
 */
public abstract sealed class BulkJob permits QueryJob, IngestJob {

    public static final String OPEN = "Open";
    public static final String UPLOAD_COMPLETE = "UploadComplete";
    static final String IN_PROGRESS = "InProgress";
    public static final String JOB_COMPLETE = "JobComplete";
    public static final String ABORTED = "Aborted";
    public static final String FAILED = "Failed";

    private final String id;
    private final Org org;
    private final OrgUser user;
    private final String object;
    private final String operation;
    private final String apiVersion;
    private final CsvFormat format;
    private final Instant createdDate;
    private final Duration processingTime;
    private Instant submittedAt;
    private String processedState = JOB_COMPLETE;
    private String terminalState;
    private Instant modstamp;

    BulkJob(String id, Org org, OrgUser user, String object, String operation, String apiVersion, CsvFormat format,
            Instant createdDate, Duration processingTime) {
        this.id = id;
        this.org = org;
        this.user = user;
        this.object = object;
        this.operation = operation;
        this.apiVersion = apiVersion;
        this.format = format;
        this.createdDate = createdDate;
        this.processingTime = processingTime;
        this.modstamp = createdDate;
    }

    public String id() {
        return id;
    }

    public Org org() {
        return org;
    }

    public OrgUser user() {
        return user;
    }

    public String object() {
        return object;
    }

    public String operation() {
        return operation;
    }

    public CsvFormat format() {
        return format;
    }

    public synchronized void submit(Instant now) {
        submittedAt = now;
        modstamp = now;
    }

    public synchronized boolean abort(Instant now) {
        String state = state(now);
        if (!state.equals(OPEN) && !state.equals(UPLOAD_COMPLETE) && !state.equals(IN_PROGRESS)) {
            return false;
        }
        terminalState = ABORTED;
        modstamp = now;
        return true;
    }

    /** Makes processing end in {@code Failed} rather than {@code JobComplete}, as an injected fault asks. */
    public synchronized void failWhenProcessed() {
        processedState = FAILED;
    }

    public synchronized void fail(Instant now) {
        terminalState = FAILED;
        modstamp = now;
    }

    /** The state as of {@code now}. */
    public synchronized String state(Instant now) {
        if (terminalState != null) {
            return terminalState;
        }
        if (submittedAt == null) {
            return OPEN;
        }
        Duration elapsed = Duration.between(submittedAt, now);
        if (elapsed.compareTo(processingTime) >= 0) {
            return processedState;
        }
        return elapsed.isZero() ? UPLOAD_COMPLETE : IN_PROGRESS;
    }

    boolean isTerminal(Instant now) {
        String state = state(now);
        return state.equals(JOB_COMPLETE) || state.equals(ABORTED) || state.equals(FAILED);
    }

    /** Whether the platform lets a client delete the job in its state as of {@code now}; query and ingest jobs differ. */
    abstract boolean isDeletable(Instant now);

    /** The short job info every create/close/abort answer carries, in the platform's key order. */
    public synchronized ObjectNode info(String state) {
        boolean processed = terminalState == null && submittedAt != null && state.equals(processedState);
        Instant stamp = processed ? submittedAt.plus(processingTime) : modstamp;
        return Json.object()
                .put("id", id)
                .put("operation", operation)
                .put("object", object)
                .put("createdById", user.id())
                .put("createdDate", Json.datetime(createdDate))
                .put("systemModstamp", Json.datetime(stamp))
                .put("state", state)
                .put("concurrencyMode", "Parallel")
                .put("contentType", "CSV")
                .put("apiVersion", Double.parseDouble(apiVersion));
    }

    public long processingMillis() {
        return processingTime.toMillis();
    }
}
