/**
 * The unified CRM HTTP API: a driving adapter over core's use cases. Only {@link UnifiedApiServer} is public; the
 * API's JSON shapes are this adapter's own DTOs, never core records. Every error is an
 * {@code application/problem+json} body without a stack trace.
 */
package dev.crosswalk.adapters.http;
