package dev.crosswalk.archfixture.spi;

/** Architecture fixture: an spi type that hands connectors a callback only the host should see. */
public interface PluginSeeingHostCallbacks {
    dev.crosswalk.archfixture.core.port.out.host.ConnectionEventsFixture events();
}
