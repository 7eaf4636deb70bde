package dev.crosswalk.archfixture.core.port.out.crm;

/** Architecture fixture: a CRM port that makes connectors call a host callback. */
public interface PortCallingBackTheHost {
    void report(dev.crosswalk.archfixture.core.port.out.host.ConnectionEventsFixture events);
}
