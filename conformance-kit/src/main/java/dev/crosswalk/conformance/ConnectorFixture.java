package dev.crosswalk.conformance;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.spi.ConnectorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a connector's test tells the conformance kit about its emulator: how to create the connector and a connection
 * to the emulator, which records the emulator holds (read from the emulator itself, never through the connector), and
 * how to make the emulator misbehave. One implementation per connector, usually over an in-process emulator started
 * by the implementation's constructor and stopped by {@link #close()}.
 *
 * <p><b>Contract.</b> The kit asks a contract's {@code startFixture()} for a new fixture, uses it from one thread at
 * a time (the test's), and closes it once. Connector calls the kit makes may run on several threads while no fixture
 * method runs. No method returns {@code null}; collections returned may be unmodifiable. A method that cannot do what
 * it says throws (an {@link IllegalStateException} or an {@link AssertionError} naming what went wrong), so the test
 * fails there rather than later for a reason that hides it. Data methods answer the same on every call unless a
 * control method changed the emulator since.
 *
 * <p><b>What the kit does not ask.</b> Whether the connector supports a query feature (deleted records, filter
 * operators): the kit reads that from {@link dev.crosswalk.core.port.out.crm.RecordPort#capabilities()} and skips
 * what the connector does not declare. A fixture describes the emulator, never the connector.
 *
 * @since 0.1
 */
public interface ConnectorFixture extends AutoCloseable {

    // ---------------------------------------------------------------- the connector and a connection

    /** @return the factory of the connector under test, as its plugin hands it out */
    ConnectorFactory factory();

    /**
     * @return the connector's configuration as a host would give it (raw text values), pointing the connector at the
     *     emulator; the kit validates it against {@link ConnectorFactory#configSpec()}
     */
    Map<String, String> config();

    /**
     * @param ref the key the kit gives the connection
     * @return a connection to the emulator's account, of the factory's kind, active, with the settings it needs
     */
    Connection connection(ConnectionRef ref);

    /**
     * @param now the testing clock's time, to stamp the tokens with
     * @return the tokens a connection holds after the customer authorised it (typically a refresh token and no access
     *     token yet, so the first call refreshes); they may be the same on every call. The kit never connects again
     *     to a fixture after {@link #revokeGrant()}
     */
    OAuthTokens tokens(Instant now);

    // ---------------------------------------------------------------- the emulator's data

    /**
     * @param unified contacts, accounts or opportunities
     * @return the provider object whose records the connector's mapping file turns into that unified object, in the
     *     spelling the provider's schema gives it
     */
    String objectOf(UnifiedObject unified);

    /**
     * Reads the emulator directly (its data or its API with a client of the fixture's own), not through the connector.
     *
     * @param object a provider object name as {@link #objectOf} gives it
     * @return the ids of every record of that object that is not deleted, in the spelling the connector returns them
     */
    Set<String> ids(String object);

    /** @return a record of one of the three unified objects' provider objects, with some field values */
    KnownRecord knownRecord();

    /**
     * @param object a provider object name as {@link #objectOf} gives it
     * @return an id of the provider's shape that no record of the object has, deleted or not
     */
    String absentId(String object);

    /** @return a custom field (one the customer added), a record that has a value in it, and that value */
    KnownField customField();

    /**
     * @return a text field that every record of its object has a value in (so no null comparisons), and one of those
     *     values, held by some records but not all; used for equality, inclusion and containment filters
     */
    FilterCase textFilter();

    /**
     * @return a number field that every record of its object has a value in, and one of those values, with records
     *     above and below it; used for the ordering operators. The value is given as the connector takes it in a
     *     {@link dev.crosswalk.core.domain.FieldFilter} (a {@link Number})
     */
    FilterCase numberFilter();

    /**
     * @return a record that is deleted (archived, in the recycle bin) at the provider, so that it is absent from
     *     {@link #ids} and from listings that do not ask for deleted records, and present, marked deleted, in those
     *     that do where the connector declares it can
     */
    RecordRef deletedRecord();

    // ---------------------------------------------------------------- controls

    /**
     * Makes the emulator refuse every access token issued so far, as though each had expired, so the next call with
     * one gets the provider's "token expired" answer. Tokens issued later work.
     */
    void expireAccessTokens();

    /**
     * Ends, at the provider, the grant behind every connection made from {@link #tokens} so far: refreshing with its
     * refresh token is refused for good ({@code invalid_grant} or the provider's equivalent). Whether access tokens
     * already issued keep working does not matter: the kit also calls {@link #expireAccessTokens()}.
     */
    void revokeGrant();

    /**
     * Makes the next {@code calls} API calls the connector makes fail as {@code fault} says, then lets calls through.
     * Only API calls fail: never the token endpoint, so that a refresh the kit expects can succeed.
     *
     * @param fault what the provider answers
     * @param calls how many calls, 1 or more; the kit passes a large number to outlast every retry
     */
    void failCalls(ProviderFault fault, int calls);

    /**
     * @return the wait the emulator sends with a {@link ProviderFault#RATE_LIMITED} answer ({@code Retry-After} or
     *     the provider's equivalent), if it sends one; the connector must report it on
     *     {@link dev.crosswalk.core.port.out.crm.CrmFailure.RateLimited#retryAfter()}
     */
    default Optional<Duration> rateLimitRetryAfter() {
        return Optional.empty();
    }

    /**
     * Reads the emulator's count directly, not through the connector.
     *
     * @return the API allowance the connector reports on its quota port (the same window), as the emulator counts it
     *     now; {@link QuotaUsage#observedAt()} is not compared
     */
    QuotaUsage quotaUsage();

    /** Stops the emulator and releases what the fixture holds. Called once, after the kit closed the connector. */
    @Override
    void close();

    // ---------------------------------------------------------------- values

    /** How the emulator answers the calls {@link #failCalls} makes fail. */
    enum ProviderFault {
        /** The provider's rate limit (HTTP 429 or its equivalent), with a wait if the emulator sends one. */
        RATE_LIMITED,
        /** A server error (HTTP 500 or 503). */
        SERVER_ERROR,
        /** The access token is refused (HTTP 401), as an expired or revoked one is. */
        UNAUTHORIZED,
        /** The request is refused as malformed (HTTP 400). */
        BAD_REQUEST
    }

    /**
     * One record of a provider object.
     *
     * @param object the provider object's name; never {@code null}
     * @param id the record's id; never {@code null}
     */
    record RecordRef(String object, String id) {
        public RecordRef {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A record and some of its field values as the emulator holds them. Values compare as the provider's text:
     * numbers by numeric value ({@code 744.3} equals {@code "744.30"}), everything else by its string form.
     *
     * @param record the record; never {@code null}
     * @param fields some of its fields (at least one, none a relationship path) and their values, none
     *     {@code null}; never {@code null}
     */
    record KnownRecord(RecordRef record, Map<String, Object> fields) {
        public KnownRecord {
            Objects.requireNonNull(record, "record");
            fields = Map.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a known record needs at least one field value");
            }
        }
    }

    /**
     * One field of one record and its value as the emulator holds it, compared as {@link KnownRecord} says.
     *
     * @param record the record; never {@code null}
     * @param field the field's name; never {@code null}
     * @param value its value; never {@code null}
     */
    record KnownField(RecordRef record, String field, Object value) {
        public KnownField {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A field to filter on, a value to filter with, and every record's value of that field as the emulator holds
     * them, from which the kit works out which records each operator must return. Text compares ignoring letter case;
     * numbers by numeric value.
     *
     * @param object the provider object; never {@code null}
     * @param field a filterable field of it; never {@code null}
     * @param value the value to filter with, as the connector takes it in a filter; never {@code null}
     * @param valuesById every record of the object that is not deleted, by id, with its value of the field (none
     *     {@code null}); never {@code null}
     */
    record FilterCase(String object, String field, Object value, Map<String, Object> valuesById) {
        public FilterCase {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            valuesById = Map.copyOf(valuesById);
        }
    }
}
