package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of a listing: {@code results} and {@code next_cursor} ({@code null} on the last page). The API's contract:
 * change it only by adding.
 *
 * @param <T> the item's JSON form
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ListJson<T>(List<T> results, @JsonProperty("next_cursor") String nextCursor) {
}
