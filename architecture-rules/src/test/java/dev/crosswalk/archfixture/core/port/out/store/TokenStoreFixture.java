package dev.crosswalk.archfixture.core.port.out.store;

/** Architecture fixture: a well-behaved store port. */
public interface TokenStoreFixture {
    String load(dev.crosswalk.archfixture.core.domain.PlainContact owner);
}
