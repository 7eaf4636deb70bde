package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import io.javalin.http.Context;
import java.util.Locale;

/** Resolves the tenant from {@code Authorization: Bearer <api key>} and refuses the request without one. */
final class ApiKeyFilter {

    private static final String TENANT = "crosswalk.tenant";
    private static final String BEARER = "bearer ";

    private final AuthenticateApiKeyUseCase authenticate;

    ApiKeyFilter(AuthenticateApiKeyUseCase authenticate) {
        this.authenticate = authenticate;
    }

    void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        String key = header != null && header.toLowerCase(Locale.ROOT).startsWith(BEARER)
                ? header.substring(BEARER.length()).trim()
                : null;
        TenantId tenant = authenticate.authenticate(key).orElseThrow(ApiProblem::unauthenticated);
        ctx.attribute(TENANT, tenant);
    }

    static TenantId tenantOf(Context ctx) {
        TenantId tenant = ctx.attribute(TENANT);
        if (tenant == null) {
            throw ApiProblem.unauthenticated();
        }
        return tenant;
    }
}
