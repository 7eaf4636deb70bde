package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.util.regex.Pattern;

/**
 * Page tokens of a search: SOSL has no query locator, so a search pages with {@code LIMIT} and {@code OFFSET}, and
 * its token is {@code sosl:<offset>}. Salesforce takes an offset of at most 2,000. Stateless.
 */
final class SearchPages {

    /** The largest {@code OFFSET} (and {@code LIMIT}) SOSL accepts. */
    static final int MAX_OFFSET = 2000;

    private static final String PREFIX = "sosl:";
    private static final Pattern TOKEN = Pattern.compile(PREFIX + "(\\d{1,9})");

    private SearchPages() {
    }

    static boolean isSearchToken(PageToken token) {
        return token.value().startsWith(PREFIX);
    }

    static PageToken at(int offset) {
        return PageToken.of(PREFIX + offset);
    }

    /**
     * @return the offset the token names
     * @throws CrmFailure.InvalidPageToken when it is not a search token this connector issues
     */
    static int offset(PageToken token, String connection) {
        var matcher = TOKEN.matcher(token.value());
        if (!matcher.matches()) {
            throw new CrmFailure.InvalidPageToken("the page cursor for connection " + connection
                    + " does not belong to a search; start again without a cursor");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
