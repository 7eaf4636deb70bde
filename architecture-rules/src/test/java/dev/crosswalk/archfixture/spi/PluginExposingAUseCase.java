package dev.crosswalk.archfixture.spi;

/** Architecture fixture: an spi type that hands connectors a host use case. */
public interface PluginExposingAUseCase {
    dev.crosswalk.archfixture.core.port.in.ListPlainContactsUseCase useCase();
}
