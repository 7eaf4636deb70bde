package dev.crosswalk.archfixture.vendor;

/** Architecture fixture: a provider's own client library. */
public final class HubspotClient {
}
