package dev.crosswalk.adapters.http;

import dev.crosswalk.core.port.in.ReadQuotaUseCase;
import java.util.Set;

/** {@code GET /unified/crm/quota}: how much of a connection's CRM API allowance is spent, as last reported. */
final class QuotaRoute {

    private final ReadQuotaUseCase quota;
    private final Replies replies;

    QuotaRoute(ReadQuotaUseCase quota, Replies replies) {
        this.quota = quota;
        this.replies = replies;
    }

    Route route() {
        return Route.of("GET", "/unified/crm/quota", Set.of("connection_id"), Route.OpenParameters.NONE,
                call -> replies.ok(call.ctx(), QuotaJson.of(quota.quota(call.connection()))));
    }
}
