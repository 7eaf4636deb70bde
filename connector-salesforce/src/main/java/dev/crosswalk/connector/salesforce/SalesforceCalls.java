package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.toolkit.token.Access;
import dev.crosswalk.support.ProviderCalls;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Every Salesforce REST call goes through here: {@link ProviderCalls} (core's retry policy around a valid token and
 * the instance URL issued with it, refreshed once if Salesforce refuses the token), and {@link SalesforceResponses}
 * to classify the answer. Statements are percent-encoded here, every byte but the
 * unreserved ones, so what Salesforce decodes is exactly the statement built. Thread-safe.
 */
final class SalesforceCalls {

    /** Salesforce's batch size bounds for {@code Sforce-Query-Options}. */
    static final int MIN_BATCH = 200;
    static final int MAX_BATCH = 2000;

    private static final Pattern NEXT_RECORDS_PATH =
            Pattern.compile("/services/data/v\\d{2,3}\\.0/query(All)?/[A-Za-z0-9]{15,18}-\\d{1,9}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final SalesforceSettings settings;
    private final SalesforceRestApi rest;
    private final SalesforceResponses responses;
    private final ProviderCalls calls;

    SalesforceCalls(SalesforceSettings settings, SalesforceRestApi rest, SalesforceResponses responses,
            ProviderCalls calls) {
        this.settings = settings;
        this.rest = rest;
        this.responses = responses;
        this.calls = calls;
    }

    /** @return whether {@code path} is a query-more path as Salesforce issues them */
    static boolean isQueryLocator(String path) {
        return NEXT_RECORDS_PATH.matcher(path).matches();
    }

    /**
     * @param includeDeleted whether to run {@code queryAll}, which also returns deleted and archived records
     */
    SalesforceWire.QueryResult query(Connection connection, String soql, int pageSize, boolean includeDeleted) {
        String encoded = encode(soql);
        return call(connection, "run a query", SalesforceWire.QueryResult.class, access -> includeDeleted
                ? rest.queryAll(access.instanceUrl(), access.token().reveal(), settings.apiVersion(), encoded,
                        batchSize(pageSize))
                : rest.query(access.instanceUrl(), access.token().reveal(), settings.apiVersion(), encoded,
                        batchSize(pageSize)));
    }

    /**
     * @throws CrmFailure.InvalidPageToken when {@code nextRecordsPath} is not a query locator path, or Salesforce no
     *     longer knows it
     */
    SalesforceWire.QueryResult queryMore(Connection connection, String nextRecordsPath, int pageSize) {
        if (!isQueryLocator(nextRecordsPath)) {
            throw new CrmFailure.InvalidPageToken("the page cursor for connection " + connection.ref()
                    + " does not hold a Salesforce query locator; start again without a cursor");
        }
        try {
            return call(connection, "fetch the next page of a query", SalesforceWire.QueryResult.class,
                    access -> rest.queryMore(access.instanceUrl(), access.token().reveal(), nextRecordsPath,
                            batchSize(pageSize)));
        } catch (CrmFailure.Rejected refused) {
            if (refused.providerCode().filter("INVALID_QUERY_LOCATOR"::equals).isPresent()) {
                throw new CrmFailure.InvalidPageToken("the page cursor for connection " + connection.ref()
                        + " has expired or is unknown to Salesforce (query locators last about 15 minutes);"
                        + " start again without a cursor");
            }
            throw refused;
        }
    }

    SalesforceWire.SearchResult search(Connection connection, String sosl) {
        String encoded = encode(sosl);
        return call(connection, "run a search", SalesforceWire.SearchResult.class,
                access -> rest.search(access.instanceUrl(), access.token().reveal(), settings.apiVersion(), encoded));
    }

    /** @param ifModifiedSince the {@code Last-Modified} of the copy held, or {@code null} for an unconditional call */
    SalesforceResponses.Conditional<SalesforceWire.GlobalDescribe> describeGlobal(Connection connection,
            String ifModifiedSince) {
        return conditional(connection, "list the org's objects", SalesforceWire.GlobalDescribe.class,
                access -> rest.describeGlobal(access.instanceUrl(), access.token().reveal(), settings.apiVersion(),
                        ifModifiedSince));
    }

    /**
     * @param objectName a name already checked to be an identifier
     * @param ifModifiedSince the {@code Last-Modified} of the copy held, or {@code null} for an unconditional call
     */
    SalesforceResponses.Conditional<SalesforceWire.DescribeResult> describe(Connection connection, String objectName,
            String ifModifiedSince) {
        SoqlNames.requireIdentifier(objectName);
        return conditional(connection, "describe " + objectName, SalesforceWire.DescribeResult.class,
                access -> rest.describe(access.instanceUrl(), access.token().reveal(), settings.apiVersion(),
                        objectName, ifModifiedSince));
    }

    private <T> T call(Connection connection, String action, Class<T> type, Function<Access, Response> request) {
        return calls.call(connection, access -> responses.rest(connection, action, send(access, request), type));
    }

    private <T> SalesforceResponses.Conditional<T> conditional(Connection connection, String action, Class<T> type,
            Function<Access, Response> request) {
        return calls.call(connection,
                access -> responses.conditional(connection, action, send(access, request), type));
    }

    private static Supplier<Response> send(Access access, Function<Access, Response> request) {
        return () -> request.apply(access);
    }

    private static int batchSize(int pageSize) {
        return Math.max(MIN_BATCH, Math.min(MAX_BATCH, pageSize));
    }

    /** Percent-encodes every UTF-8 byte but {@code A-Z a-z 0-9 - . _ ~}, so no decoder can read it two ways. */
    static String encode(String statement) {
        byte[] bytes = statement.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if ((unsigned >= 'A' && unsigned <= 'Z') || (unsigned >= 'a' && unsigned <= 'z')
                    || (unsigned >= '0' && unsigned <= '9') || unsigned == '-' || unsigned == '.' || unsigned == '_'
                    || unsigned == '~') {
                out.append((char) unsigned);
            } else {
                out.append('%').append(HEX[unsigned >> 4]).append(HEX[unsigned & 0x0F]);
            }
        }
        return out.toString();
    }
}
