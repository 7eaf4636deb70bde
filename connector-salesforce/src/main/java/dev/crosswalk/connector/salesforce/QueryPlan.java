package dev.crosswalk.connector.salesforce;

import java.util.Set;

/**
 * What to ask Salesforce for one listing or lookup: the checked statement, the bookkeeping fields it reads that the
 * caller did not ask for (dropped from records again), and whether pages carry a watermark. Immutable.
 *
 * @param objectName the object in the schema's own spelling
 * @param select the statement, without limit and offset
 * @param bookkeeping fields selected only for the connector's use ({@code IsDeleted}, {@code SystemModstamp})
 * @param watermarked whether the listing runs after a watermark, ordered by {@code SystemModstamp, Id}
 */
record QueryPlan(String objectName, SoqlSelect select, Set<String> bookkeeping, boolean watermarked) {

    QueryPlan {
        bookkeeping = Set.copyOf(bookkeeping);
    }
}
