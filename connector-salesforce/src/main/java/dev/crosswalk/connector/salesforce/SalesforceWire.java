package dev.crosswalk.connector.salesforce;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/** Salesforce's JSON bodies as the connector reads them; unknown fields are ignored. */
final class SalesforceWire {

    private SalesforceWire() {
    }

    /** Numbers with a fraction are read as {@link java.math.BigDecimal}, so no digit is lost to a double. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** {@code POST /services/oauth2/token}: note there is no {@code expires_in}. */
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("instance_url") String instanceUrl,
            @JsonProperty("issued_at") String issuedAt,
            @JsonProperty("id") String identityUrl,
            @JsonProperty("scope") String scope) {

        @Override
        public String toString() {
            return "TokenResponse[instanceUrl=" + instanceUrl + ", issuedAt=" + issuedAt + "]";
        }
    }

    /** {@code GET .../query}, {@code .../queryAll} and query-more. */
    record QueryResult(long totalSize, boolean done, String nextRecordsUrl, List<Map<String, Object>> records) {

        QueryResult {
            records = records == null ? List.of() : records;
        }
    }

    /** {@code GET .../search} from API 37.0 on. */
    record SearchResult(List<Map<String, Object>> searchRecords) {

        SearchResult {
            searchRecords = searchRecords == null ? List.of() : searchRecords;
        }
    }

    /** {@code GET .../sobjects}: describe global. */
    record GlobalDescribe(List<GlobalObject> sobjects) {

        GlobalDescribe {
            sobjects = sobjects == null ? List.of() : sobjects;
        }
    }

    /** One object of describe global. */
    record GlobalObject(String name, String label, boolean custom) {
    }

    /** {@code GET .../sobjects/X/describe}, reduced to what the schema port needs. */
    record DescribeResult(String name, String label, boolean custom, List<DescribeField> fields) {

        DescribeResult {
            fields = fields == null ? List.of() : fields;
        }
    }

    /** One field of a describe result. */
    record DescribeField(
            String name,
            String label,
            String type,
            boolean custom,
            boolean nillable,
            boolean createable,
            boolean updateable,
            boolean filterable,
            boolean sortable,
            List<PicklistValue> picklistValues,
            String relationshipName,
            List<String> referenceTo) {
    }

    /** One picklist entry. */
    record PicklistValue(String value, boolean active) {
    }
}
