package dev.crosswalk.archfixture.core.port.out.crm;

/** Architecture fixture: a CRM port whose signature hands connectors a store. */
public interface PortHandingOutAStore {
    dev.crosswalk.archfixture.core.port.out.store.TokenStoreFixture tokens();
}
