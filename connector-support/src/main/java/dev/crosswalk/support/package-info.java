/**
 * What every HTTP connector repeats, lent to all of them: {@link dev.crosswalk.support.ProviderCalls} (the
 * call order: core's retry outside, the connection's token inside), {@link dev.crosswalk.support.ProviderHttp}
 * (a JDK HTTP client that never retries and never follows redirects),
 * with {@link dev.crosswalk.support.ProviderResponse} (one answer, read whole),
 * {@link dev.crosswalk.support.OAuthTokenEndpoint} (the standard OAuth 2.0 code exchange and refresh grant),
 * {@link dev.crosswalk.support.Refusals} (the usual reading of a refused call as a
 * {@link dev.crosswalk.core.port.out.crm.CrmFailure}) and {@link dev.crosswalk.support.FormEncoding}. A connector
 * depends on this library in compile scope; it sees core and the SPI only. Every class is thread-safe.
 *
 * @since 0.1
 */
package dev.crosswalk.support;
