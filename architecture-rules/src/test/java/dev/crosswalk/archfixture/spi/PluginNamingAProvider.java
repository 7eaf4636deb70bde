package dev.crosswalk.archfixture.spi;

/** Architecture fixture: an spi type with a method for one provider only. */
public interface PluginNamingAProvider {
    String hubSpotPortalId();
}
