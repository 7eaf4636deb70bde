package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import dev.crosswalk.testkit.salesforce.bulk.BulkJob;
import dev.crosswalk.testkit.salesforce.bulk.BulkJobs;
import dev.crosswalk.testkit.salesforce.bulk.CsvFormat;
import dev.crosswalk.testkit.salesforce.bulk.CsvValues;
import dev.crosswalk.testkit.salesforce.bulk.QueryJob;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.query.BoundQuery;
import dev.crosswalk.testkit.salesforce.query.FieldPath;
import dev.crosswalk.testkit.salesforce.query.RowResolver;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.PrimitiveIterator;

/**
 * Bulk API 2.0 query jobs: create, info, list, abort, delete, and results streamed as fully quoted CSV pages.
 * Without {@code maxRecords} the whole result is one page; {@code Sforce-Locator} is the string {@code null} on the
 * last page. Rows are generated while they are written; the job keeps only its snapshot of record numbers (a bit per
 * table row, or 8 bytes per row of an ordered result), never the rows or the CSV.
 */
public final class BulkQueryEndpoints {

    private static final String JOBS = "/services/data/v(?<version>\\d+\\.\\d+)/jobs/query";
    private static final String JOB = JOBS + "/(?<id>750[0-9A-Za-z]{12,15})";

    /** Rows per page listed by {@code resultPages}. */
    static final long RESULT_PAGE_SIZE = 100_000;

    private final Platform platform;
    private final RestGate gate;
    private final BulkJobs jobs;
    private final QueryEndpoints queries;

    public BulkQueryEndpoints(Platform platform, RestGate gate, BulkJobs jobs, QueryEndpoints queries) {
        this.platform = platform;
        this.gate = gate;
        this.jobs = jobs;
        this.queries = queries;
    }

    public void register(Router router) {
        router.on("POST", JOBS + "/?", this::create)
                .on("GET", JOBS + "/?", this::list)
                .on("GET", JOB + "/?", this::info)
                .on("PATCH", JOB + "/?", this::abort)
                .on("DELETE", JOB + "/?", this::delete)
                .on("GET", JOB + "/results/?", this::results)
                .on("GET", JOB + "/resultPages/?", this::resultPages);
    }

    private void create(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        JsonNode body = SObjectEndpoints.jsonObject(call);
        String operation = body.path("operation").asText("");
        if (!operation.equals("query") && !operation.equals("queryAll")) {
            throw invalidJob("Invalid operation: " + operation + ". Valid values are query and queryAll.");
        }
        CsvFormat format = CsvFormat.of(text(body, "columnDelimiter"), text(body, "lineEnding"))
                .orElseThrow(() -> invalidJob("Invalid columnDelimiter or lineEnding"));
        String soql = body.path("query").asText("");
        if (soql.isBlank()) {
            throw invalidJob("The query is required");
        }
        BoundQuery query = queries.compile(session.org(), soql);
        if (query.countOnly() || query.hasSubqueries() || query.offset() > 0 || query.isAggregate()) {
            throw new ApiException(400, "API_ERROR", "Bulk API 2.0 does not support COUNT(), aggregate functions, GROUP BY,"
                    + " parent-to-child subqueries or OFFSET in a query job");
        }
        Instant now = platform.clock().instant();
        QueryJob job = jobs.add(new QueryJob(jobs.newId(session.org()), session.org(), session.user(), operation,
                call.pathParam("version"), format, now, jobs.processingTime(), query));
        if (call.failsQueryJob()) {
            job.failWhenProcessed();
        }
        job.submit(now);
        call.json(200, withFormat(job.info(BulkJob.UPLOAD_COMPLETE), job));
    }

    private void info(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        QueryJob job = job(session, call);
        String state = job.state(platform.clock().instant());
        ObjectNode info = withFormat(job.info(state), job);
        info.put("jobType", "V2Query");
        info.put("numberRecordsProcessed", state.equals(BulkJob.JOB_COMPLETE) ? job.result().size() : 0);
        info.put("retries", 0);
        info.put("totalProcessingTime", state.equals(BulkJob.JOB_COMPLETE) ? job.processingMillis() : 0);
        info.put("isPkChunkingSupported", true);
        call.json(200, info);
    }

    private void list(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        Instant now = platform.clock().instant();
        call.json(200, jobs.listBody(session.org(), QueryJob.class,
                job -> withFormat(job.info(job.state(now)), job).put("jobType", "V2Query")));
    }

    private void abort(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        QueryJob job = job(session, call);
        if (!"Aborted".equals(SObjectEndpoints.jsonObject(call).path("state").asText())) {
            throw new ApiException(400, "INVALIDJOBSTATE", "Query jobs can only be aborted");
        }
        Instant now = platform.clock().instant();
        if (!job.abort(now)) {
            throw new ApiException(400, "INVALIDJOBSTATE", "Aborting already Completed Job not allowed");
        }
        call.json(200, withFormat(job.info(BulkJob.ABORTED), job));
    }

    private void delete(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        jobs.remove(job(session, call), platform.clock().instant());
        call.empty(204);
    }

    private void results(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        QueryJob job = job(session, call);
        String state = job.state(platform.clock().instant());
        if (!state.equals(BulkJob.JOB_COMPLETE)) {
            throw new ApiException(412, "JOB_NOT_COMPLETE", "can only download query results of successfully completed bulk"
                    + " job with status: JOB_COMPLETE. Current status: " + state.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
        }
        long total = job.result().size();
        long start = call.queryParam("locator").filter(l -> !l.isEmpty() && !l.equals("null"))
                .map(BulkQueryEndpoints::decodeLocator).orElse(0L);
        if (start < 0 || start > total) {
            throw new ApiException(400, "INVALID_LOCATOR", "Invalid locator: " + call.queryParam("locator").orElse(""));
        }
        long pageSize = total - start;
        var maxRecords = call.queryParam("maxRecords");
        if (maxRecords.isPresent()) {
            try {
                long max = Long.parseLong(maxRecords.get());
                if (max <= 0) {
                    throw new NumberFormatException(maxRecords.get());
                }
                pageSize = Math.min(pageSize, max);
            } catch (NumberFormatException e) {
                throw new ApiException(400, "INVALIDREQUEST", "maxRecords must be a positive integer");
            }
        }
        long next = start + pageSize;
        call.responseHeaders().set("Sforce-NumberOfRecords", Long.toString(pageSize));
        call.responseHeaders().set("Sforce-Locator", next < total ? encodeLocator(next) : "null");
        try (OutputStream out = new BufferedOutputStream(call.stream(200, "text/csv; charset=UTF-8"), 1 << 16);
                CsvGenerator csv = job.format().generator(out)) {
            writePage(csv, job, start, pageSize);
        }
    }

    /** {@code resultPages} (v58.0+): the result split into pages a client may fetch in parallel. */
    private void resultPages(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        QueryJob job = job(session, call);
        if (!job.state(platform.clock().instant()).equals(BulkJob.JOB_COMPLETE)) {
            throw new ApiException(412, "JOB_NOT_COMPLETE", "can only list result pages of a completed job");
        }
        long pageSize = RESULT_PAGE_SIZE;
        ObjectNode body = Json.object();
        ArrayNode pages = body.putArray("resultPages");
        String base = "/services/data/v" + call.pathParam("version") + "/jobs/query/" + job.id() + "/results";
        for (long start = 0; start < job.result().size(); start += pageSize) {
            pages.addObject().put("resultUrl", base + "?locator=" + encodeLocator(start) + "&maxRecords=" + pageSize);
        }
        body.putNull("nextRecordsUrl");
        body.put("done", true);
        call.json(200, body);
    }

    /** Rows {@code start} to {@code start + pageSize} of the job's result, read from the tables as they are written. */
    private static void writePage(CsvGenerator csv, QueryJob job, long start, long pageSize) throws IOException {
        List<FieldPath> columns = job.query().selected();
        writeRow(csv, columns.stream().map(FieldPath::label).toArray(String[]::new));
        ObjectTable table = job.org().table(job.query().from());
        RowResolver resolver = new RowResolver(job.org());
        String[] cells = new String[columns.size()];
        PrimitiveIterator.OfLong numbers = job.result().numbersFrom(start);
        for (long i = 0; i < pageSize && numbers.hasNext(); i++) {
            Optional<Row> row = table.row(numbers.nextLong());
            if (row.isPresent()) { // absent only if hard-deleted since: this page is a row short, the next ones stay put
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = CsvValues.text(columns.get(c).value(row.get(), resolver));
                }
                writeRow(csv, cells);
            }
        }
    }

    private static void writeRow(CsvGenerator csv, String[] cells) throws IOException {
        csv.writeStartArray();
        for (String cell : cells) {
            csv.writeString(cell);
        }
        csv.writeEndArray();
    }

    static String encodeLocator(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(offset).getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeLocator(String locator) {
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(locator), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private QueryJob job(AccessSession session, Call call) {
        return jobs.find(session.org(), QueryJob.class, call.pathParam("id")).orElseThrow(ApiException::notFound);
    }

    static ObjectNode withFormat(ObjectNode info, BulkJob job) {
        return info.put("lineEnding", job.format().lineEndingName()).put("columnDelimiter", job.format().delimiterName());
    }

    static ApiException invalidJob(String message) {
        return new ApiException(400, "INVALIDJOB", message);
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
