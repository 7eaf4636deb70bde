package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Resolves the tenant from {@code Authorization: Bearer <api key>} and refuses a request without a valid one. */
final class ApiKeys {

    private static final String BEARER = "bearer ";

    private final AuthenticateApiKeyUseCase authenticate;

    ApiKeys(AuthenticateApiKeyUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /**
     * @return the tenant whose key the request carries
     * @throws ApiProblem 400 when the header is repeated, 401 when it is missing, not a bearer key or unknown
     */
    TenantId tenantOf(HttpServletRequest request) {
        List<String> headers = Collections.list(request.getHeaders("Authorization"));
        if (headers.size() > 1) {
            throw ApiProblem.badRequest("the Authorization header is sent " + headers.size()
                    + " times; send one 'Authorization: Bearer <key>'");
        }
        String header = headers.isEmpty() ? null : headers.getFirst();
        String key = header != null && header.toLowerCase(Locale.ROOT).startsWith(BEARER)
                ? header.substring(BEARER.length()).trim()
                : null;
        if (key == null || key.isEmpty()) {
            throw ApiProblem.unauthenticated();
        }
        return authenticate.authenticate(key).orElseThrow(ApiProblem::unauthenticated);
    }
}
