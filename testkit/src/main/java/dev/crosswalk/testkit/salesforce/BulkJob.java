package dev.crosswalk.testkit.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.time.Duration;
import java.time.Instant;

/**
 * A Bulk API 2.0 job. Once submitted it is {@code UploadComplete}, then {@code InProgress}, then {@code JobComplete}
 * (or {@code Failed}, see {@link #failWhenProcessed()}) when the configured processing time has passed on the
 * emulator's clock. Thread-safe.
 */
abstract sealed class BulkJob permits QueryJob, IngestJob {

    static final String OPEN = "Open";
    static final String UPLOAD_COMPLETE = "UploadComplete";
    static final String IN_PROGRESS = "InProgress";
    static final String JOB_COMPLETE = "JobComplete";
    static final String ABORTED = "Aborted";
    static final String FAILED = "Failed";

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

    String id() {
        return id;
    }

    Org org() {
        return org;
    }

    OrgUser user() {
        return user;
    }

    String object() {
        return object;
    }

    String operation() {
        return operation;
    }

    CsvFormat format() {
        return format;
    }

    synchronized void submit(Instant now) {
        submittedAt = now;
        modstamp = now;
    }

    synchronized boolean abort(Instant now) {
        String state = state(now);
        if (!state.equals(OPEN) && !state.equals(UPLOAD_COMPLETE) && !state.equals(IN_PROGRESS)) {
            return false;
        }
        terminalState = ABORTED;
        modstamp = now;
        return true;
    }

    /** Makes processing end in {@code Failed} rather than {@code JobComplete}, as an injected fault asks. */
    synchronized void failWhenProcessed() {
        processedState = FAILED;
    }

    synchronized void fail(Instant now) {
        terminalState = FAILED;
        modstamp = now;
    }

    /** The state as of {@code now}. */
    synchronized String state(Instant now) {
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
    synchronized ObjectNode info(String state) {
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

    long processingMillis() {
        return processingTime.toMillis();
    }
}
