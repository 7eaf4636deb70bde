package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.bulk.BulkJobs;
import dev.crosswalk.testkit.salesforce.bulk.IngestJob;
import dev.crosswalk.testkit.salesforce.bulk.QueryJob;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.org.Org;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /limits}: the org's allowances as {@code {"Name":{"Max":n,"Remaining":n}}}. */
public final class LimitsEndpoint {

    private static final int DAILY_BULK_V2_QUERY_JOBS = 10_000;
    private static final int DAILY_BULK_BATCHES = 15_000;

    /** Limits the emulator does not consume, at a Developer Edition org's values. */
    private static final Map<String, Integer> STATIC_LIMITS = new LinkedHashMap<>();

    static {
        STATIC_LIMITS.put("ConcurrentAsyncGetReportInstances", 200);
        STATIC_LIMITS.put("ConcurrentSyncReportRuns", 20);
        STATIC_LIMITS.put("DailyAsyncApexExecutions", 250_000);
        STATIC_LIMITS.put("DailyBulkApiRequests", 5_000);
        STATIC_LIMITS.put("DailyBulkV2QueryFileStorageMB", 976_562);
        STATIC_LIMITS.put("DailyDurableGenericStreamingApiEvents", 10_000);
        STATIC_LIMITS.put("DailyDurableStreamingApiEvents", 10_000);
        STATIC_LIMITS.put("DailyGenericStreamingApiEvents", 10_000);
        STATIC_LIMITS.put("DailyStreamingApiEvents", 10_000);
        STATIC_LIMITS.put("DailyWorkflowEmails", 390);
        STATIC_LIMITS.put("DataStorageMB", 5);
        STATIC_LIMITS.put("DurableStreamingApiConcurrentClients", 20);
        STATIC_LIMITS.put("FileStorageMB", 20);
        STATIC_LIMITS.put("HourlyAsyncReportRuns", 1_200);
        STATIC_LIMITS.put("HourlyDashboardRefreshes", 200);
        STATIC_LIMITS.put("HourlyDashboardResults", 5_000);
        STATIC_LIMITS.put("HourlyDashboardStatuses", 999_999_999);
        STATIC_LIMITS.put("HourlyODataCallout", 10_000);
        STATIC_LIMITS.put("HourlySyncReportRuns", 500);
        STATIC_LIMITS.put("HourlyTimeBasedWorkflow", 50);
        STATIC_LIMITS.put("MassEmail", 10);
        STATIC_LIMITS.put("SingleEmail", 15);
        STATIC_LIMITS.put("StreamingApiConcurrentClients", 20);
    }

    private final RestGate gate;
    private final BulkJobs jobs;

    public LimitsEndpoint(RestGate gate, BulkJobs jobs) {
        this.gate = gate;
        this.jobs = jobs;
    }

    public void register(Router router) {
        router.on("GET", "/services/data/v(?<version>\\d+\\.\\d+)/limits/?", this::limits);
    }

    private void limits(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        Org org = session.org();
        ObjectNode body = Json.object();
        STATIC_LIMITS.forEach((name, max) -> limit(body, name, max, max));
        limit(body, "DailyApiRequests", org.usage().max(), org.usage().max() - org.usage().used());
        long queryJobs = jobs.created(org, QueryJob.class);
        long ingestJobs = jobs.created(org, IngestJob.class);
        limit(body, "DailyBulkV2QueryJobs", DAILY_BULK_V2_QUERY_JOBS, DAILY_BULK_V2_QUERY_JOBS - queryJobs);
        limit(body, "DailyBulkApiBatches", DAILY_BULK_BATCHES, DAILY_BULK_BATCHES - ingestJobs);
        call.json(200, body);
    }

    private static void limit(ObjectNode body, String name, long max, long remaining) {
        body.putObject(name).put("Max", max).put("Remaining", remaining);
    }
}
