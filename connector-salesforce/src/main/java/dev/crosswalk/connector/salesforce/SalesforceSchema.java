package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Discovers objects and fields with Salesforce's describe global and sObject Describe. Each answer is cached per
 * connection (and object) for the configured time, then revalidated with {@code If-Modified-Since}: Salesforce's 304
 * keeps the cached value for another period without sending it again. Callers missing the same entry at once share
 * one request. The caches hold at most the configured number of answers each and drop the least recently used first.
 * Thread-safe.
 */
final class SalesforceSchema implements SchemaPort {

    private final SalesforceCalls calls;
    private final RevalidatingCache<ConnectionRef, List<ObjectSummary>> globals;
    private final RevalidatingCache<ObjectKey, DescribedObject> describes;

    SalesforceSchema(SalesforceCalls calls, Clock clock, Duration ttl, int maxEntries) {
        this.calls = calls;
        this.globals = new RevalidatingCache<>(clock, ttl, maxEntries);
        this.describes = new RevalidatingCache<>(clock, ttl, maxEntries);
    }

    @Override
    public List<ObjectSummary> objects(Connection connection) {
        return globals.get(connection.ref(), validator -> {
            SalesforceResponses.Conditional<SalesforceWire.GlobalDescribe> answer =
                    calls.describeGlobal(connection, validator);
            return answer.notModified()
                    ? new RevalidatingCache.Fetched.NotModified<>()
                    : new RevalidatingCache.Fetched.Found<>(DescribeTranslation.summaries(answer.body()),
                            answer.lastModified());
        }).orElse(List.of());
    }

    @Override
    public Optional<ObjectSchema> describe(Connection connection, String objectName) {
        return described(connection, objectName).map(DescribedObject::schema);
    }

    /**
     * @param objectName an object name in any letter case, possibly hostile: a name that is not an identifier is
     *     answered as absent without a call
     * @return the object's Describe, or empty when the org has no such object
     * @throws CrmFailure when Salesforce cannot be asked
     */
    Optional<DescribedObject> described(Connection connection, String objectName) {
        if (!SoqlNames.isIdentifier(objectName)) {
            return Optional.empty();
        }
        ObjectKey key = new ObjectKey(connection.ref(), objectName.toLowerCase(Locale.ROOT));
        return describes.get(key, validator -> {
            try {
                SalesforceResponses.Conditional<SalesforceWire.DescribeResult> answer =
                        calls.describe(connection, objectName, validator);
                return answer.notModified()
                        ? new RevalidatingCache.Fetched.NotModified<>()
                        : new RevalidatingCache.Fetched.Found<>(DescribeTranslation.described(answer.body()),
                                answer.lastModified());
            } catch (CrmFailure.NotFound noSuchObject) {
                return new RevalidatingCache.Fetched.Missing<>();
            }
        });
    }

    private record ObjectKey(ConnectionRef connection, String lowerCaseName) {
    }
}
