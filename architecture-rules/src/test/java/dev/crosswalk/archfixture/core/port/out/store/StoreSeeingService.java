package dev.crosswalk.archfixture.core.port.out.store;

/** Architecture fixture: a driven port (a store) that depends on an application service. */
public interface StoreSeeingService {
    dev.crosswalk.archfixture.core.application.ServiceCallingAdapter service();
}
