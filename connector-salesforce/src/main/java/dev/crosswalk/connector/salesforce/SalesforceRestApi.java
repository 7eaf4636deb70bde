package dev.crosswalk.connector.salesforce;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.net.URI;

/**
 * Salesforce's REST API as Feign sees it. Every method returns the raw {@link Response} so that
 * {@link SalesforceResponses} alone classifies statuses and reads {@code Sforce-Limit-Info}, with the connection at
 * hand. The {@link URI} argument is the connection's instance URL.
 */
interface SalesforceRestApi {

    @RequestLine("GET /services/data/{version}/query?q={soql}")
    @Headers({"Authorization: Bearer {token}", "Sforce-Query-Options: batchSize={batchSize}", "Accept: application/json"})
    Response query(URI instanceUrl, @Param("token") String token, @Param("version") String version,
            @Param("soql") String soql, @Param("batchSize") int batchSize);

    @RequestLine("GET {locator}")
    @Headers({"Authorization: Bearer {token}", "Sforce-Query-Options: batchSize={batchSize}", "Accept: application/json"})
    Response queryMore(URI instanceUrl, @Param("token") String token,
            @Param("locator") String nextRecordsPath, @Param("batchSize") int batchSize);

    @RequestLine("GET /services/data/{version}/sobjects/{object}/describe")
    @Headers({"Authorization: Bearer {token}", "Accept: application/json"})
    Response describe(URI instanceUrl, @Param("token") String token, @Param("version") String version,
            @Param("object") String objectName);
}
