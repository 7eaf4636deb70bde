package dev.crosswalk.archfixture.connector.alpha;

/** Architecture fixture: a connector's legitimately public plugin class, using the spi and a CRM port. */
public final class AlphaPlugin implements dev.crosswalk.archfixture.spi.ConnectorPlugin {
    dev.crosswalk.archfixture.core.port.out.crm.ContactsPortFixture contacts(
            dev.crosswalk.archfixture.spi.ContextFixture context) {
        return context.contacts();
    }
}
