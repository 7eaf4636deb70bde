package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.bulk.BulkJob;
import dev.crosswalk.testkit.salesforce.bulk.BulkJobs;
import dev.crosswalk.testkit.salesforce.bulk.CsvFormat;
import dev.crosswalk.testkit.salesforce.bulk.IngestJob;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.FieldType;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.SalesforceIds;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.DmlException;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.http.MultipartBody;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bulk API 2.0 ingest jobs: create, upload ({@code PUT .../batches}), close or abort, info, list, delete, and the
 * successful / failed / unprocessed result files. Rows are applied when the upload is closed; they all share one
 * timestamp, as a real bulk batch does.
 */
public final class BulkIngestEndpoints {

    private static final String JOBS = "/services/data/v(?<version>\\d+\\.\\d+)/jobs/ingest";
    private static final String JOB = JOBS + "/(?<id>750[0-9A-Za-z]{12,15})";
    private static final Set<String> OPERATIONS = Set.of("insert", "update", "upsert", "delete", "hardDelete");
    private static final int MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
    private static final int MAX_MULTIPART_CHARS = 100_000;

    private final Platform platform;
    private final RestGate gate;
    private final BulkJobs jobs;

    public BulkIngestEndpoints(Platform platform, RestGate gate, BulkJobs jobs) {
        this.platform = platform;
        this.gate = gate;
        this.jobs = jobs;
    }

    public void register(Router router) {
        router.on("POST", JOBS + "/?", this::create)
                .on("GET", JOBS + "/?", this::list)
                .on("GET", JOB + "/?", this::info)
                .on("PATCH", JOB + "/?", this::changeState)
                .on("DELETE", JOB + "/?", this::delete)
                .on("PUT", JOB + "/batches/?", this::upload)
                .on("GET", JOB + "/successfulResults/?", call -> results(call, Kind.SUCCESSFUL))
                .on("GET", JOB + "/failedResults/?", call -> results(call, Kind.FAILED))
                .on("GET", JOB + "/unprocessedrecords/?", call -> results(call, Kind.UNPROCESSED));
    }

    private enum Kind { SUCCESSFUL, FAILED, UNPROCESSED }

    private void create(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        Optional<Map<String, String>> multipart = MultipartBody.parse(call.header("Content-Type").orElse(null), call.body());
        JsonNode body;
        if (multipart.isPresent()) {
            String job = multipart.get().get("job");
            if (job == null || !multipart.get().containsKey("content")) {
                throw BulkQueryEndpoints.invalidJob("InvalidJob : a multipart request needs a job part and a content part");
            }
            body = Json.MAPPER.readTree(job);
        } else {
            body = SObjectEndpoints.jsonObject(call);
        }
        String operation = body.path("operation").asText("");
        if (!OPERATIONS.contains(operation)) {
            throw BulkQueryEndpoints.invalidJob("InvalidJob : Invalid operation: " + operation);
        }
        ObjectDef type = session.org().schema().object(body.path("object").asText(""))
                .orElseThrow(() -> BulkQueryEndpoints.invalidJob("InvalidJob : Unable to find object: " + body.path("object").asText("")));
        String requestedKey = BulkQueryEndpoints.text(body, "externalIdFieldName");
        String externalId = requestedKey;
        if (operation.equals("upsert")) {
            if (requestedKey == null) {
                throw BulkQueryEndpoints.invalidJob("InvalidJob : External ID was blank for " + type.name()
                        + ". An External ID must be specified for upsert.");
            }
            FieldDef field = type.field(requestedKey).filter(f -> f.externalId() || f.type() == FieldType.ID)
                    .orElseThrow(() -> BulkQueryEndpoints.invalidJob("InvalidJob : Field name provided, " + requestedKey
                            + " does not match an External ID, Salesforce Id, or indexed field for " + type.name()));
            externalId = field.name();
        }
        CsvFormat format = CsvFormat.of(BulkQueryEndpoints.text(body, "columnDelimiter"), BulkQueryEndpoints.text(body, "lineEnding"))
                .orElseThrow(() -> BulkQueryEndpoints.invalidJob("InvalidJob : Invalid columnDelimiter or lineEnding"));
        Instant now = platform.clock().instant();
        IngestJob job = jobs.add(new IngestJob(jobs.newId(session.org()), session.org(), session.user(), type.name(), operation,
                externalId, call.pathParam("version"), format, now, jobs.processingTime()));
        if (multipart.isPresent()) {
            String csv = multipart.get().get("content");
            if (csv.length() > MAX_MULTIPART_CHARS) {
                throw BulkQueryEndpoints.invalidJob("InvalidJob : multipart content is limited to " + MAX_MULTIPART_CHARS + " characters");
            }
            job.append(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            job.submit(now);
            process(job, session, now);
            call.json(200, BulkQueryEndpoints.withFormat(info(job, BulkJob.UPLOAD_COMPLETE), job));
            return;
        }
        ObjectNode info = info(job, BulkJob.OPEN);
        info.put("contentUrl", "services/data/v" + call.pathParam("version") + "/jobs/ingest/" + job.id() + "/batches");
        BulkQueryEndpoints.withFormat(info, job);
        call.json(200, info);
    }

    private void upload(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        IngestJob job = job(session, call);
        if (!job.state(platform.clock().instant()).equals(BulkJob.OPEN)) {
            throw new ApiException(409, "INVALIDJOBSTATE", "Job's state does not allow uploading data: "
                    + job.state(platform.clock().instant()));
        }
        byte[] csv = call.body();
        if (csv.length > MAX_UPLOAD_BYTES) {
            throw new ApiException(400, "INVALIDREQUEST", "The request body exceeds the 100 MB upload limit");
        }
        job.append(csv);
        call.empty(201);
    }

    private void changeState(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        IngestJob job = job(session, call);
        String wanted = SObjectEndpoints.jsonObject(call).path("state").asText("");
        Instant now = platform.clock().instant();
        switch (wanted) {
            case BulkJob.UPLOAD_COMPLETE -> {
                if (!job.state(now).equals(BulkJob.OPEN)) {
                    throw new ApiException(409, "INVALIDJOBSTATE", "Job is not open: " + job.state(now));
                }
                job.submit(now);
                process(job, session, now);
                String answered = job.state(now).equals(BulkJob.FAILED) ? BulkJob.FAILED : BulkJob.UPLOAD_COMPLETE;
                call.json(200, BulkQueryEndpoints.withFormat(info(job, answered), job));
            }
            case BulkJob.ABORTED -> {
                boolean wasOpen = job.state(now).equals(BulkJob.OPEN);
                if (!job.abort(now)) {
                    throw new ApiException(400, "INVALIDJOBSTATE", "Aborting already Completed Job not allowed");
                }
                if (wasOpen) {
                    markUnprocessed(job);
                }
                call.json(200, BulkQueryEndpoints.withFormat(info(job, BulkJob.ABORTED), job));
            }
            default -> throw new ApiException(400, "INVALIDJOBSTATE", "Invalid state: " + wanted);
        }
    }

    private void process(IngestJob job, AccessSession session, Instant now) {
        ObjectDef type = session.org().schema().requiredObject(job.object());
        Dml dml = new Dml(session.org(), job.user(), platform.clock());
        List<IngestJob.Outcome> ok = new ArrayList<>();
        List<IngestJob.Outcome> failed = new ArrayList<>();
        String[] header;
        try (MappingIterator<String[]> rows = job.format().reader(new ByteArrayInputStream(job.uploaded()))) {
            if (!rows.hasNext()) {
                job.fail(now);
                return;
            }
            header = rows.next();
            while (rows.hasNext()) {
                String[] cells = rows.next();
                if (cells.length == 1 && cells[0].isEmpty()) {
                    continue;
                }
                try {
                    ok.add(apply(job, dml, type, header, cells, now));
                } catch (DmlException e) {
                    failed.add(new IngestJob.Outcome(cells, idCell(header, cells), false, e.bulkError()));
                } catch (Dml.MultipleMatchesException e) {
                    failed.add(new IngestJob.Outcome(cells, "", false, "DUPLICATE_EXTERNAL_ID:" + job.externalIdFieldName()
                            + ": more than one record found for external id field: " + e.matches().size() + " --"));
                }
            }
        } catch (IOException | RuntimeException e) {
            job.fail(now);
            return;
        }
        job.recordResults(header, ok, failed, List.of());
    }

    private static IngestJob.Outcome apply(IngestJob job, Dml dml, ObjectDef type, String[] header, String[] cells, Instant now) {
        if (cells.length != header.length) {
            throw new DmlException("INVALID_FIELD", "Number of columns does not match the header", List.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            values.put(header[i], cells[i]);
        }
        String id = idCell(header, cells);
        return switch (job.operation()) {
            case "insert" -> new IngestJob.Outcome(cells, dml.insert(type, dml.fromCells(type, values, true), now).id(), true, null);
            case "update" -> {
                requireId(id);
                yield new IngestJob.Outcome(cells, dml.update(type, id, dml.fromCells(type, values, false), now).id(), false, null);
            }
            case "upsert" -> upsert(job, dml, type, values, id, now, cells);
            case "delete", "hardDelete" -> {
                requireId(id);
                delete(dml, type, id, job.operation().equals("hardDelete"), now);
                yield new IngestJob.Outcome(cells, SalesforceIds.normalise(id).orElse(id), false, null);
            }
            default -> throw new IllegalStateException("job created with an unchecked operation: " + job.operation());
        };
    }

    /**
     * A row of a delete or hardDelete job. The platform reports a record that does not exist or is already in the
     * recycle bin as an invalid cross reference here, where REST answers 404 {@code NOT_FOUND} or
     * {@code ENTITY_IS_DELETED}.
     */
    private static void delete(Dml dml, ObjectDef type, String id, boolean hard, Instant now) {
        try {
            if (hard) {
                dml.hardDelete(type, id);
            } else {
                dml.delete(type, id, now);
            }
        } catch (DmlException e) {
            if (e.statusCode().equals("NOT_FOUND") || e.statusCode().equals("ENTITY_IS_DELETED")) {
                throw new DmlException("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", List.of());
            }
            throw e;
        }
    }

    private static IngestJob.Outcome upsert(IngestJob job, Dml dml, ObjectDef type, Map<String, String> values, String id,
            Instant now, String[] cells) {
        String key = job.externalIdFieldName();
        if (key.equalsIgnoreCase("Id")) {
            if (id.isEmpty()) {
                return new IngestJob.Outcome(cells, dml.insert(type, dml.fromCells(type, values, true), now).id(), true, null);
            }
            return new IngestJob.Outcome(cells, dml.update(type, id, dml.fromCells(type, values, false), now).id(), false, null);
        }
        String value = values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse("");
        if (value.isEmpty()) {
            throw new DmlException("MISSING_ARGUMENT", key + " not specified", List.of());
        }
        Map<String, String> fields = new LinkedHashMap<>(values);
        fields.keySet().removeIf(name -> name.equalsIgnoreCase(key));
        Dml.Upserted result = dml.upsert(type, type.requiredField(key), value, dml.fromCells(type, fields, true), now);
        return new IngestJob.Outcome(cells, result.row().id(), result.created(), null);
    }

    private static void requireId(String id) {
        if (id.isEmpty()) {
            throw new DmlException("MISSING_ARGUMENT", "Id not specified", List.of());
        }
    }

    private static String idCell(String[] header, String[] cells) {
        for (int i = 0; i < header.length && i < cells.length; i++) {
            if (header[i].equalsIgnoreCase("Id")) {
                return cells[i];
            }
        }
        return "";
    }

    private void markUnprocessed(IngestJob job) {
        try (MappingIterator<String[]> rows = job.format().reader(new ByteArrayInputStream(job.uploaded()))) {
            if (!rows.hasNext()) {
                return;
            }
            String[] header = rows.next();
            List<String[]> skipped = new ArrayList<>();
            rows.forEachRemaining(skipped::add);
            job.recordResults(header, List.of(), List.of(), skipped);
        } catch (IOException | RuntimeException e) {
            job.recordResults(new String[0], List.of(), List.of(), List.of());
        }
    }

    private void results(Call call, Kind kind) throws IOException {
        AccessSession session = gate.admit(call);
        IngestJob job = job(session, call);
        String state = job.state(platform.clock().instant());
        boolean ready = state.equals(BulkJob.JOB_COMPLETE) || state.equals(BulkJob.FAILED) || state.equals(BulkJob.ABORTED);
        if (!ready) {
            throw new ApiException(400, "INVALIDJOBSTATE", "Results are not available while the job is " + state);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] header = job.header();
        String lineEnd = job.format().lineSeparator();
        String delimiter = String.valueOf(job.format().delimiter());
        String original = String.join(delimiter, header);
        switch (kind) {
            case SUCCESSFUL -> bytes.writeBytes(("\"sf__Id\"" + delimiter + "\"sf__Created\"" + delimiter + original + lineEnd)
                    .getBytes(StandardCharsets.UTF_8));
            case FAILED -> bytes.writeBytes(("\"sf__Id\"" + delimiter + "\"sf__Error\"" + delimiter + original + lineEnd)
                    .getBytes(StandardCharsets.UTF_8));
            case UNPROCESSED -> bytes.writeBytes((original + lineEnd).getBytes(StandardCharsets.UTF_8));
        }
        try (SequenceWriter csv = job.format().writer(bytes)) {
            switch (kind) {
                case SUCCESSFUL -> {
                    for (IngestJob.Outcome outcome : job.successes()) {
                        csv.write(prefixed(outcome.id(), Boolean.toString(outcome.created()), outcome.cells()));
                    }
                }
                case FAILED -> {
                    for (IngestJob.Outcome outcome : job.failures()) {
                        csv.write(prefixed(outcome.id(), outcome.error(), outcome.cells()));
                    }
                }
                case UNPROCESSED -> {
                    for (String[] cells : job.unprocessed()) {
                        csv.write(cells);
                    }
                }
            }
        }
        try (OutputStream out = call.stream(200, "text/csv; charset=UTF-8")) {
            bytes.writeTo(out);
        }
    }

    private static String[] prefixed(String first, String second, String[] cells) {
        String[] row = new String[cells.length + 2];
        row[0] = first == null ? "" : first;
        row[1] = second;
        System.arraycopy(cells, 0, row, 2, cells.length);
        return row;
    }

    private void info(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        IngestJob job = job(session, call);
        String state = job.state(platform.clock().instant());
        ObjectNode info = info(job, state);
        if (job.externalIdFieldName() != null) {
            info.put("externalIdFieldName", job.externalIdFieldName());
        }
        info.put("jobType", "V2Ingest");
        BulkQueryEndpoints.withFormat(info, job);
        boolean done = state.equals(BulkJob.JOB_COMPLETE) || state.equals(BulkJob.FAILED);
        int failed = done ? job.failures().size() : 0;
        info.put("numberRecordsProcessed", done ? job.successes().size() + failed : 0)
                .put("numberRecordsFailed", failed)
                .put("retries", 0)
                .put("totalProcessingTime", done ? job.processingMillis() : 0)
                .put("apiActiveProcessingTime", done ? job.processingMillis() : 0)
                .put("apexProcessingTime", 0);
        if (state.equals(BulkJob.FAILED)) {
            info.put("errorMessage", "InvalidBatch : Failed to process the uploaded CSV data");
        }
        if (state.equals(BulkJob.OPEN)) {
            info.put("contentUrl", "services/data/v" + call.pathParam("version") + "/jobs/ingest/" + job.id() + "/batches");
        }
        call.json(200, info);
    }

    private void list(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        Instant now = platform.clock().instant();
        call.json(200, jobs.listBody(session.org(), IngestJob.class,
                job -> BulkQueryEndpoints.withFormat(info(job, job.state(now)), job).put("jobType", "V2Ingest")));
    }

    private void delete(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        jobs.remove(job(session, call), platform.clock().instant());
        call.empty(204);
    }

    private static ObjectNode info(IngestJob job, String state) {
        return job.info(state);
    }

    private IngestJob job(AccessSession session, Call call) {
        return jobs.find(session.org(), IngestJob.class, call.pathParam("id")).orElseThrow(ApiException::notFound);
    }
}
