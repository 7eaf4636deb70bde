package dev.crosswalk.archfixture.core.port.in;

/** Architecture fixture: a use case that speaks domain terms only. */
public interface ListPlainContactsUseCase {
    java.util.List<dev.crosswalk.archfixture.core.domain.PlainContact> list();
}
