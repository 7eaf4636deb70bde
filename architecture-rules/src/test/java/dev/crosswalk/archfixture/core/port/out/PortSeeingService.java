package dev.crosswalk.archfixture.core.port.out;

/** Architecture fixture: a driven port that depends on an application service. */
public interface PortSeeingService {
    dev.crosswalk.archfixture.core.application.ServiceCallingAdapter service();
}
