package dev.crosswalk.connector.salesforce;

import feign.Headers;
import feign.RequestLine;
import feign.Response;
import java.net.URI;

/** Salesforce's OAuth token endpoint. The {@link URI} argument is the login host. */
interface SalesforceOAuthApi {

    @RequestLine("POST /services/oauth2/token")
    @Headers({"Content-Type: application/x-www-form-urlencoded", "Accept: application/json"})
    Response token(URI loginUrl, String formBody);
}
