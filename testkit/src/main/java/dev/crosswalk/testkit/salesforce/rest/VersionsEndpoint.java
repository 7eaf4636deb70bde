package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.http.ApiVersions;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import java.io.IOException;

/** {@code GET /services/data} (no authentication, not counted) and the resources of one version. */
public final class VersionsEndpoint {

    private final Platform platform;
    private final RestGate gate;

    public VersionsEndpoint(Platform platform, RestGate gate) {
        this.platform = platform;
        this.gate = gate;
    }

    public void register(Router router) {
        router.on("GET", "/services/data/?", call -> call.json(200, ApiVersions.listing()))
                .on("GET", "/services/data/v(?<version>\\d+\\.\\d+)/?", this::resources)
                .on("GET", "/services/data/v(?<version>\\d+\\.\\d+)/recent/?", this::recent);
    }

    /** Recently viewed records: the emulated user views nothing, so the list is empty. */
    private void recent(Call call) throws IOException {
        gate.admit(call);
        call.json(200, Json.MAPPER.createArrayNode());
    }

    private void resources(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        String base = "/services/data/v" + call.pathParam("version");
        ObjectNode body = Json.object();
        for (String resource : new String[] {"sobjects", "query", "queryAll", "search", "composite", "limits", "jobs"}) {
            body.put(resource, base + "/" + resource);
        }
        body.put("identity", platform.identityUrl(session.org(), session.user()));
        call.json(200, body);
    }
}
