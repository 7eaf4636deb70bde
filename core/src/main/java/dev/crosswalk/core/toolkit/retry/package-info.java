/**
 * The one place Crosswalk retries CRM calls. HTTP clients in connectors never retry on their own; they classify
 * responses as {@link dev.crosswalk.core.port.out.crm.CrmFailure}s and this package decides.
 */
package dev.crosswalk.core.toolkit.retry;
