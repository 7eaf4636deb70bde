package dev.crosswalk.connector.salesforce;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.net.URI;

/**
 * Salesforce's REST API as Feign sees it. Every method returns the raw {@link Response} so that
 * {@link SalesforceResponses} alone classifies statuses and reads {@code Sforce-Limit-Info}, with the connection at
 * hand. The {@link URI} argument is the instance URL issued with the access token. Statements arrive already
 * percent-encoded by {@link SalesforceCalls} ({@code encoded = true}), so Feign sends them exactly as encoded; a
 * {@code null} {@code If-Modified-Since} leaves the header out.
 */
interface SalesforceRestApi {

    @RequestLine("GET /services/data/{version}/query?q={soql}")
    @Headers({"Authorization: Bearer {token}", "Sforce-Query-Options: batchSize={batchSize}", "Accept: application/json"})
    Response query(URI instanceUrl, @Param("token") String token, @Param("version") String version,
            @Param(value = "soql", encoded = true) String encodedSoql, @Param("batchSize") int batchSize);

    @RequestLine("GET /services/data/{version}/queryAll?q={soql}")
    @Headers({"Authorization: Bearer {token}", "Sforce-Query-Options: batchSize={batchSize}", "Accept: application/json"})
    Response queryAll(URI instanceUrl, @Param("token") String token, @Param("version") String version,
            @Param(value = "soql", encoded = true) String encodedSoql, @Param("batchSize") int batchSize);

    @RequestLine("GET {locator}")
    @Headers({"Authorization: Bearer {token}", "Sforce-Query-Options: batchSize={batchSize}", "Accept: application/json"})
    Response queryMore(URI instanceUrl, @Param("token") String token,
            @Param("locator") String nextRecordsPath, @Param("batchSize") int batchSize);

    @RequestLine("GET /services/data/{version}/search?q={sosl}")
    @Headers({"Authorization: Bearer {token}", "Accept: application/json"})
    Response search(URI instanceUrl, @Param("token") String token, @Param("version") String version,
            @Param(value = "sosl", encoded = true) String encodedSosl);

    @RequestLine("GET /services/data/{version}/sobjects")
    @Headers({"Authorization: Bearer {token}", "If-Modified-Since: {since}", "Accept: application/json"})
    Response describeGlobal(URI instanceUrl, @Param("token") String token, @Param("version") String version,
            @Param("since") String ifModifiedSince);

    @RequestLine("GET /services/data/{version}/sobjects/{object}/describe")
    @Headers({"Authorization: Bearer {token}", "If-Modified-Since: {since}", "Accept: application/json"})
    Response describe(URI instanceUrl, @Param("token") String token, @Param("version") String version,
            @Param("object") String objectName, @Param("since") String ifModifiedSince);
}
