package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;

/** The replication windows {@code /sobjects/X/updated} and {@code /sobjects/X/deleted}. */
public final class ReplicationEndpoints {

    private static final String BASE = SObjectEndpoints.BASE;
    private static final String TYPE = SObjectEndpoints.TYPE;

    private final Platform platform;
    private final RestGate gate;

    public ReplicationEndpoints(Platform platform, RestGate gate) {
        this.platform = platform;
        this.gate = gate;
    }

    public void register(Router router) {
        router.on("GET", BASE + TYPE + "/updated/?", this::updated)
                .on("GET", BASE + TYPE + "/deleted/?", this::deleted);
    }

    private void updated(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = SObjectEndpoints.type(session, call);
        Instant[] window = window(call, 30);
        FieldDef stamp = type.requiredField("SystemModstamp");
        ObjectNode body = Json.object();
        ArrayNode ids = body.putArray("ids");
        for (Iterator<Row> rows = session.org().table(type).scan(false); rows.hasNext();) {
            Row row = rows.next();
            Instant modified = (Instant) row.get(stamp);
            if (!modified.isBefore(window[0]) && modified.isBefore(window[1])) {
                ids.add(row.id());
            }
        }
        body.put("latestDateCovered", Json.datetime(window[1]));
        call.json(200, body);
    }

    private void deleted(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = SObjectEndpoints.type(session, call);
        Instant[] window = window(call, 15);
        ObjectTable table = session.org().table(type);
        ObjectNode body = Json.object();
        ArrayNode deleted = body.putArray("deletedRecords");
        Instant earliest = window[1];
        for (Map.Entry<Long, Instant> entry : table.deletions().entrySet()) {
            Instant when = entry.getValue();
            earliest = when.isBefore(earliest) ? when : earliest;
            if (!when.isBefore(window[0]) && when.isBefore(window[1])) {
                table.row(entry.getKey()).ifPresent(row ->
                        deleted.addObject().put("id", row.id()).put("deletedDate", Json.datetime(when)));
            }
        }
        body.put("earliestDateAvailable", Json.datetime(earliest.truncatedTo(ChronoUnit.MINUTES)));
        body.put("latestDateCovered", Json.datetime(window[1]));
        call.json(200, body);
    }

    /**
     * {@code [start, latestDateCovered)}: the window ends at {@code min(end, now)} cut back to a whole minute, as the
     * platform's does, so changes of the current minute appear in the next window.
     */
    private Instant[] window(Call call, int maxDaysBack) {
        Instant start = instantParam(call, "start");
        Instant end = instantParam(call, "end");
        Instant now = platform.clock().instant();
        if (!start.isBefore(end)) {
            throw new ApiException(400, "INVALID_REPLICATION_DATE", "start date must be before end date");
        }
        if (start.isBefore(now.minus(maxDaysBack, ChronoUnit.DAYS))) {
            throw new ApiException(400, "INVALID_REPLICATION_DATE", "start date cannot be more than " + maxDaysBack + " days ago");
        }
        Instant latest = (end.isAfter(now) ? now : end).truncatedTo(ChronoUnit.MINUTES);
        return new Instant[] {start, latest};
    }

    private static Instant instantParam(Call call, String name) {
        String raw = call.queryParam(name)
                .orElseThrow(() -> new ApiException(400, "MISSING_ARGUMENT", "Missing required parameter: " + name));
        try {
            return OffsetDateTime.parse(raw.replace(' ', '+').replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "INVALID_REPLICATION_DATE", "invalid date: " + raw);
        }
    }
}
