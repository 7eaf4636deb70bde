package dev.crosswalk.archfixture.spi;

/** Architecture fixture: an spi type that exposes core's application layer. */
public interface PluginSeeingApplication {
    dev.crosswalk.archfixture.core.application.ServiceCallingAdapter service();
}
