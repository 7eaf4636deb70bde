package dev.crosswalk.archfixture.core.toolkit;

/** Architecture fixture: a toolkit class that uses only driven ports. */
public final class PlainTool {
    public Object port(dev.crosswalk.archfixture.core.port.out.crm.ContactsPortFixture port) {
        return port;
    }
}
