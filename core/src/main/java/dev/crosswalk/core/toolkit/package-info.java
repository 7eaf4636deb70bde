/**
 * Machinery every connector reuses, lent to connectors through the SPI context: token refresh under a lock
 * ({@code token}), retry with back-off ({@code retry}) and declarative field mapping ({@code mapping}).
 */
package dev.crosswalk.core.toolkit;
