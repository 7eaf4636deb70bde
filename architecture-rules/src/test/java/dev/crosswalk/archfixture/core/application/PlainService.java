package dev.crosswalk.archfixture.core.application;

/** Architecture fixture: a service implementing a use case. */
public final class PlainService implements dev.crosswalk.archfixture.core.port.in.ListPlainContactsUseCase {
    @Override
    public java.util.List<dev.crosswalk.archfixture.core.domain.PlainContact> list() {
        return java.util.List.of();
    }
}
