package dev.crosswalk.testkit.salesforce.data;

/** Produces the values of generated record {@code index} deterministically; must be thread-safe and pure. */
@FunctionalInterface
public interface RowGenerator {

    RowGenerator NONE = (index, id) -> {
        throw new IllegalStateException("no generated rows");
    };

    Object[] generate(long index, String id);
}
