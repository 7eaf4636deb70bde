/**
 * The unified CRM HTTP API: a driving adapter over core's use cases ({@code port.in}) and domain, never a driven port.
 * Only {@link dev.crosswalk.adapters.http.UnifiedApiServer} is public; the API's JSON shapes are this adapter's own,
 * never core records. A {@code Gatekeeper} admits every request (method, API key, route, strict query) before a route
 * serves it; every error, Jetty's own included, is an {@code application/problem+json} body without a stack trace.
 * The routes are described by the {@code openapi.json} resource, which a test holds to the route table.
 */
package dev.crosswalk.adapters.http;
