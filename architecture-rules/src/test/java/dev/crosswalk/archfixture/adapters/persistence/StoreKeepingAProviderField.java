package dev.crosswalk.archfixture.adapters.persistence;

/** Architecture fixture: an adapter with a field for one provider only. */
public final class StoreKeepingAProviderField {
    private final String salesforceOrgId = "";

    String org() {
        return salesforceOrgId;
    }
}
