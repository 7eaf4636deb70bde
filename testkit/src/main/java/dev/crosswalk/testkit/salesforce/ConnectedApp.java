package dev.crosswalk.testkit.salesforce;

import java.util.List;

/**
 * A Connected App registered in an org.
 *
 * @param callbackUrls allowed {@code redirect_uri} values for the web-server flow
 * @param installed    false models an app an admin has not installed: every flow fails with OAUTH_APP_BLOCKED
 */
record ConnectedApp(String clientId, String clientSecret, List<String> callbackUrls, boolean installed) {
}
