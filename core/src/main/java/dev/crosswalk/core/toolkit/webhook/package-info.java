/**
 * The webhook signing scheme: what Crosswalk sends with each delivery and how a receiver verifies it.
 */
package dev.crosswalk.core.toolkit.webhook;
