package dev.crosswalk.testkit.salesforce.bulk;

import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A Bulk API 2.0 ingest job: uploaded CSV, applied when the upload is closed, with per-row results. */
public final class IngestJob extends BulkJob {

    /** One processed row: its original cells, and the record id (success) or error (failure). */
    public record Outcome(String[] cells, String id, boolean created, String error) {
    }

    private final String externalIdFieldName;
    private final ByteArrayOutputStream upload = new ByteArrayOutputStream();
    private String[] header = new String[0];
    private final List<Outcome> successes = new ArrayList<>();
    private final List<Outcome> failures = new ArrayList<>();
    private final List<String[]> unprocessed = new ArrayList<>();

    public IngestJob(String id, Org org, OrgUser user, String object, String operation, String externalIdFieldName, String apiVersion,
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

    public String externalIdFieldName() {
        return externalIdFieldName;
    }

    public synchronized void append(byte[] csv) {
        upload.writeBytes(csv);
    }

    public synchronized byte[] uploaded() {
        return upload.toByteArray();
    }

    public synchronized void recordResults(String[] columns, List<Outcome> ok, List<Outcome> failed, List<String[]> skipped) {
        header = columns;
        successes.addAll(ok);
        failures.addAll(failed);
        unprocessed.addAll(skipped);
    }

    public synchronized String[] header() {
        return header.clone();
    }

    public synchronized List<Outcome> successes() {
        return List.copyOf(successes);
    }

    public synchronized List<Outcome> failures() {
        return List.copyOf(failures);
    }

    public synchronized List<String[]> unprocessed() {
        return List.copyOf(unprocessed);
    }
}
