package dev.crosswalk.testkit.salesforce;

/** Produces the values of generated record {@code index} deterministically; must be thread-safe and pure. */
@FunctionalInterface
interface RowGenerator {

    RowGenerator NONE = (index, id) -> {
        throw new IllegalStateException("no generated rows");
    };

    Object[] generate(long index, String id);
}
