package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.data.SalesforceIds;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The identity URL {@code GET /id/{orgId}/{userId}} (Bearer header or {@code oauth_token} parameter). */
public final class IdentityEndpoint {

    private final Platform platform;

    public IdentityEndpoint(Platform platform) {
        this.platform = platform;
    }

    public void register(Router router) {
        router.on("GET", "/id/(?<org>[0-9A-Za-z]{15,18})/(?<user>[0-9A-Za-z]{15,18})", this::identity)
                .on("POST", "/id/(?<org>[0-9A-Za-z]{15,18})/(?<user>[0-9A-Za-z]{15,18})", this::identity);
    }

    private void identity(Call call) throws IOException {
        Optional<AccessSession> session = RestGate.bearer(call).or(() -> call.queryParam("oauth_token"))
                .flatMap(platform.sessions()::validate);
        if (session.isEmpty()) {
            call.send(403, "text/plain;charset=UTF-8", "Bad_OAuth_Token".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Org org = session.get().org();
        OrgUser user = session.get().user();
        boolean sameUser = SalesforceIds.normalise(call.pathParam("org")).filter(org.id()::equals).isPresent()
                && SalesforceIds.normalise(call.pathParam("user")).filter(user.id()::equals).isPresent();
        if (!sameUser) {
            call.send(403, "text/plain;charset=UTF-8", "Bad_Id".getBytes(StandardCharsets.UTF_8));
            return;
        }
        call.json(200, body(org, user));
    }

    private ObjectNode body(Org org, OrgUser user) {
        String base = platform.base();
        String identity = platform.identityUrl(org, user);
        ObjectNode body = Json.object()
                .put("id", identity)
                .put("asserted_user", true)
                .put("user_id", user.id())
                .put("organization_id", org.id())
                .put("username", user.username())
                .put("nick_name", user.firstName().toLowerCase(java.util.Locale.ROOT))
                .put("display_name", user.displayName())
                .put("email", user.email())
                .put("email_verified", true)
                .put("first_name", user.firstName())
                .put("last_name", user.lastName())
                .put("timezone", "GMT");
        body.putObject("photos")
                .put("picture", base + "/profilephoto/005/F")
                .put("thumbnail", base + "/profilephoto/005/T");
        body.putObject("urls")
                .put("enterprise", base + "/services/Soap/c/{version}/" + org.id().substring(0, 15))
                .put("metadata", base + "/services/Soap/m/{version}/" + org.id().substring(0, 15))
                .put("partner", base + "/services/Soap/u/{version}/" + org.id().substring(0, 15))
                .put("rest", base + "/services/data/v{version}/")
                .put("sobjects", base + "/services/data/v{version}/sobjects/")
                .put("search", base + "/services/data/v{version}/search/")
                .put("query", base + "/services/data/v{version}/query/")
                .put("recent", base + "/services/data/v{version}/recent/")
                .put("profile", base + "/" + user.id())
                .put("custom_domain", base);
        body.put("active", true)
                .put("user_type", "STANDARD")
                .put("language", "en_US")
                .put("locale", "en_US")
                .put("utcOffset", 0)
                .put("last_modified_date", Json.datetime(platform.clock().instant()));
        return body;
    }
}
