package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Describe Global, sObject describe and basic information ({@code If-Modified-Since} → 304), list views, quick actions. */
public final class DescribeEndpoints {

    private static final String BASE = SObjectEndpoints.BASE;
    private static final String TYPE = SObjectEndpoints.TYPE;

    private final Platform platform;
    private final RestGate gate;

    public DescribeEndpoints(Platform platform, RestGate gate) {
        this.platform = platform;
        this.gate = gate;
    }

    public void register(Router router) {
        router.on("GET", BASE + "/?", this::describeGlobal)
                .on("GET", BASE + TYPE + "/?", this::basicInfo)
                .on("GET", BASE + TYPE + "/describe/?", this::describe)
                .on("GET", BASE + TYPE + "/listviews/?", this::listViews)
                .on("GET", BASE + TYPE + "/quickActions/?", this::quickActions);
    }

    private void describeGlobal(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        if (notModified(call)) {
            return;
        }
        lastModified(call);
        call.json(200, Describe.global(session.org().schema(), SObjectEndpoints.version(call)));
    }

    private void describe(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = SObjectEndpoints.type(session, call);
        if (notModified(call)) {
            return;
        }
        lastModified(call);
        call.json(200, Describe.sobject(session.org().schema(), type, SObjectEndpoints.version(call), platform.base()));
    }

    private void basicInfo(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = SObjectEndpoints.type(session, call);
        ObjectNode body = Json.object();
        body.set("objectDescribe", Describe.globalEntry(type, SObjectEndpoints.version(call)));
        body.putArray("recentItems");
        call.json(200, body);
    }

    /** The org has no list views: an empty, well-formed collection. */
    private void listViews(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = SObjectEndpoints.type(session, call);
        ObjectNode body = Json.object().put("done", true);
        body.putArray("listviews");
        body.putNull("nextRecordsUrl");
        body.put("size", 0).put("sobjectType", type.name());
        call.json(200, body);
    }

    /** The org has no quick actions. */
    private void quickActions(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        SObjectEndpoints.type(session, call);
        call.json(200, Json.MAPPER.createArrayNode());
    }

    private boolean notModified(Call call) throws IOException {
        Optional<String> since = call.header("If-Modified-Since");
        if (since.isEmpty()) {
            return false;
        }
        try {
            Instant when = ZonedDateTime.parse(since.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            if (!platform.startedAt().isAfter(when)) {
                call.empty(304);
                return true;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return false;
    }

    private void lastModified(Call call) {
        call.responseHeaders().set("Last-Modified",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(platform.startedAt().atZone(ZoneOffset.UTC)));
    }
}
