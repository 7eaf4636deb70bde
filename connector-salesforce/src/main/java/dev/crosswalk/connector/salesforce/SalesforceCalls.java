package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.CrmFailure;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.TokenManager;
import feign.Response;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every Salesforce REST call goes through here: a valid token from core's {@link TokenManager} (refreshed once if
 * Salesforce refuses it), core's {@link CrmRetry} around the whole, and {@link SalesforceResponses} to classify the
 * answer. Thread-safe.
 */
final class SalesforceCalls {

    /** Salesforce's batch size bounds for {@code Sforce-Query-Options}. */
    static final int MIN_BATCH = 200;
    static final int MAX_BATCH = 2000;

    private static final Pattern NEXT_RECORDS_PATH =
            Pattern.compile("/services/data/v\\d{2,3}\\.0/query(All)?/[A-Za-z0-9]{15,18}-\\d{1,9}");

    private final SalesforceSettings settings;
    private final SalesforceRestApi rest;
    private final SalesforceResponses responses;
    private final TokenManager tokens;
    private final CrmRetry retry;

    SalesforceCalls(SalesforceSettings settings, SalesforceRestApi rest, SalesforceResponses responses,
            TokenManager tokens, CrmRetry retry) {
        this.settings = settings;
        this.rest = rest;
        this.responses = responses;
        this.tokens = tokens;
        this.retry = retry;
    }

    SalesforceWire.QueryResult query(Connection connection, SoqlSelect select, int pageSize) {
        return call(connection, "run a query", SalesforceWire.QueryResult.class,
                token -> rest.query(connection.instanceUrl(), token.reveal(), settings.apiVersion(), select.toSoql(),
                        batchSize(pageSize)));
    }

    /**
     * @throws CrmFailure.InvalidPageToken when {@code nextRecordsPath} is not a query locator path
     */
    SalesforceWire.QueryResult queryMore(Connection connection, String nextRecordsPath, int pageSize) {
        if (!NEXT_RECORDS_PATH.matcher(nextRecordsPath).matches()) {
            throw new CrmFailure.InvalidPageToken("the page cursor for connection " + connection.ref()
                    + " does not hold a Salesforce query locator; start again without a cursor");
        }
        try {
            return call(connection, "fetch the next page of a query", SalesforceWire.QueryResult.class,
                    token -> rest.queryMore(connection.instanceUrl(), token.reveal(), nextRecordsPath, batchSize(pageSize)));
        } catch (CrmFailure.Rejected refused) {
            if (refused.providerCode().filter("INVALID_QUERY_LOCATOR"::equals).isPresent()) {
                throw new CrmFailure.InvalidPageToken("the page cursor for connection " + connection.ref()
                        + " has expired or is unknown to Salesforce (query locators last about 15 minutes);"
                        + " start again without a cursor");
            }
            throw refused;
        }
    }

    SalesforceWire.DescribeResult describe(Connection connection, String objectName) {
        return call(connection, "describe " + objectName, SalesforceWire.DescribeResult.class,
                token -> rest.describe(connection.instanceUrl(), token.reveal(), settings.apiVersion(), objectName));
    }

    private <T> T call(Connection connection, String action, Class<T> type, Function<Secret, Response> request) {
        return retry.call(() -> tokens.withAccessToken(connection,
                token -> responses.rest(connection, action, () -> request.apply(token), type)));
    }

    private static int batchSize(int pageSize) {
        return Math.max(MIN_BATCH, Math.min(MAX_BATCH, pageSize));
    }
}
