package dev.crosswalk.archfixture.core.port.out.host;

/** Architecture fixture: a well-behaved host callback, which may name the CRM ports it hands out. */
public interface ConnectionEventsFixture {
    dev.crosswalk.archfixture.core.port.out.crm.ContactsPortFixture portFor(String kind);
}
