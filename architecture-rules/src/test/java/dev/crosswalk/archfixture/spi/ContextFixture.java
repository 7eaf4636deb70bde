package dev.crosswalk.archfixture.spi;

/** Architecture fixture: a well-behaved spi type that is built from stores and hands out CRM ports and tools. */
public interface ContextFixture {
    dev.crosswalk.archfixture.core.toolkit.PlainTool tool(dev.crosswalk.archfixture.core.port.out.store.TokenStoreFixture tokens);

    dev.crosswalk.archfixture.core.port.out.crm.ContactsPortFixture contacts();
}
