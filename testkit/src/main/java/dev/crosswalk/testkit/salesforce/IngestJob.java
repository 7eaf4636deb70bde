package dev.crosswalk.testkit.salesforce;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A Bulk API 2.0 ingest job: uploaded CSV, applied when the upload is closed, with per-row results. */
final class IngestJob extends BulkJob {

    /** One processed row: its original cells, and the record id (success) or error (failure). */
    record Outcome(String[] cells, String id, boolean created, String error) {
    }

    private final String externalIdFieldName;
    private final ByteArrayOutputStream upload = new ByteArrayOutputStream();
    private String[] header = new String[0];
    private final List<Outcome> successes = new ArrayList<>();
    private final List<Outcome> failures = new ArrayList<>();
    private final List<String[]> unprocessed = new ArrayList<>();

    IngestJob(String id, Org org, OrgUser user, String object, String operation, String externalIdFieldName, String apiVersion,
            CsvFormat format, Instant created, Duration processingTime) {
        super(id, org, user, object, operation, apiVersion, format, created, processingTime);
        this.externalIdFieldName = externalIdFieldName;
    }

    /** An ingest job can also be deleted while UploadComplete, just not while Open or InProgress. */
    @Override
    boolean isDeletable(Instant now) {
        String state = state(now);
        return !state.equals(OPEN) && !state.equals(IN_PROGRESS);
    }

    String externalIdFieldName() {
        return externalIdFieldName;
    }

    synchronized void append(byte[] csv) {
        upload.writeBytes(csv);
    }

    synchronized byte[] uploaded() {
        return upload.toByteArray();
    }

    synchronized void recordResults(String[] columns, List<Outcome> ok, List<Outcome> failed, List<String[]> skipped) {
        header = columns;
        successes.addAll(ok);
        failures.addAll(failed);
        unprocessed.addAll(skipped);
    }

    synchronized String[] header() {
        return header.clone();
    }

    synchronized List<Outcome> successes() {
        return List.copyOf(successes);
    }

    synchronized List<Outcome> failures() {
        return List.copyOf(failures);
    }

    synchronized List<String[]> unprocessed() {
        return List.copyOf(unprocessed);
    }
}
