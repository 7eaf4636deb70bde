/**
 * Access-token upkeep: check expiry before every call (30 s buffer), refresh once per connection under a lock, and
 * compare-and-refresh after a provider refuses a token, so that many callers seeing one expired token cause one
 * refresh.
 */
package dev.crosswalk.core.toolkit.token;
