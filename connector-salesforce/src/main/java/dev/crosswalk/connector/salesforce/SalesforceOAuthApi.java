package dev.crosswalk.connector.salesforce;

import feign.Headers;
import feign.RequestLine;
import feign.Response;
import java.net.URI;

/** Salesforce's OAuth token and revocation endpoints. The {@link URI} argument is the login host. */
interface SalesforceOAuthApi {

    @RequestLine("POST /services/oauth2/token")
    @Headers({"Content-Type: application/x-www-form-urlencoded", "Accept: application/json"})
    Response token(URI loginUrl, String formBody);

    @RequestLine("POST /services/oauth2/revoke")
    @Headers("Content-Type: application/x-www-form-urlencoded")
    Response revoke(URI loginUrl, String formBody);
}
