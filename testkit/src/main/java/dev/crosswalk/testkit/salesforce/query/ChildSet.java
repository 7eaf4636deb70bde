package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.Row;
import java.util.List;

/**
 * The children of one parent record for one subquery, as far as they fit in the response.
 *
 * @param inline         the child rows written in this response
 * @param totalSize      how many children there are in all
 * @param nextRecordsUrl where the rest continue, or null when {@code inline} holds them all
 */
public record ChildSet(List<Row> inline, int totalSize, String nextRecordsUrl) {
}
