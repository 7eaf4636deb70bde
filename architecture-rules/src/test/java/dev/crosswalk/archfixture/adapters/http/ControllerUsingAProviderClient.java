package dev.crosswalk.archfixture.adapters.http;

/** Architecture fixture: an adapter whose names are neutral but which uses one provider's client. */
public final class ControllerUsingAProviderClient {
    Object contacts(dev.crosswalk.archfixture.vendor.HubspotClient client) {
        return client;
    }
}
