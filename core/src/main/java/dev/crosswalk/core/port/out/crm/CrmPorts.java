package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one connector offers core: one {@link RecordPort} for every provider object, schema discovery, quota
 * tracking, and the mapping files that turn provider records into the unified contacts, accounts and opportunities.
 * Core builds the unified objects itself from these, so a connector implements each capability once. New
 * capabilities arrive as default methods. Implementations are thread-safe and return the same port instances on
 * every call.
 *
 * @since 0.1
 */
public interface CrmPorts {

    /** @return reads records of any provider object, standard or custom; never {@code null} */
    RecordPort records();

    /** @return discovers objects and fields at run time; never {@code null} */
    SchemaPort schema();

    /** @return reports the provider's API allowance; never {@code null} */
    QuotaPort quota();

    /**
     * @return the connector's mapping files, at most one per {@link dev.crosswalk.core.domain.UnifiedObject}; a
     *     unified object without one is unavailable through this connector; never {@code null}
     */
    default List<MappingDocument> mappings() {
        return List.of();
    }

    /**
     * @return how this provider's query language writes filters, for {@code $convertQueryToSql} in query mappings;
     *     empty for a neutral SQL-like rendering
     */
    default Optional<QueryDialect> queryDialect() {
        return Optional.empty();
    }

    /**
     * @return revokes a connection's grant at the provider when it is deleted; empty when the provider has nothing to
     *     revoke (its tokens are then only forgotten)
     * @since 0.1
     */
    default Optional<GrantPort> grants() {
        return Optional.empty();
    }

    /**
     * @return the provider's side of the customer's authorisation (OAuth Authorization Code with PKCE); empty when
     *     the connector cannot create connections that way
     * @since 0.1
     */
    default Optional<AuthorizationPort> authorization() {
        return Optional.empty();
    }

    /**
     * Checks the settings of a connection meant to obtain its tokens by its own grant, with no authorisation by the
     * customer (for Salesforce, JWT bearer or client credentials).
     *
     * @param settings the connection's settings; never {@code null}
     * @return every problem at once, one sentence each; empty when such a connection can work. By default the
     *     connector obtains tokens only through the customer's authorisation, so that is the one problem
     * @since 0.1
     */
    default List<String> problemsConnectingByGrant(Map<String, String> settings) {
        return List.of("this connector obtains tokens only through the customer's authorisation");
    }

    /**
     * Like {@link #problemsConnectingByGrant(Map)}, for a connection that also has secret settings (such as the
     * client secret of the customer's own provider app), which the host stores encrypted. Never quotes a secret's
     * value. By default the connector takes no secret settings, so each one given is a problem.
     *
     * @param settings the connection's settings; never {@code null}
     * @param secretSettings its secret settings by name; never {@code null}
     * @return every problem of both at once, one sentence each; empty when such a connection can work
     * @since 0.1
     */
    default List<String> problemsConnectingByGrant(Map<String, String> settings, Map<String, Secret> secretSettings) {
        List<String> problems = new ArrayList<>(problemsConnectingByGrant(settings));
        problems.addAll(noSecretSettings(secretSettings));
        return problems;
    }

    /**
     * @param secretSettings secret settings given to a connector that takes none; never {@code null}
     * @return one problem per name, sorted; never the values
     * @since 0.1
     */
    static List<String> noSecretSettings(Map<String, Secret> secretSettings) {
        return secretSettings.keySet().stream().sorted()
                .map(name -> "'" + name + "' is not a secret setting of this connector; it takes none")
                .toList();
    }
}
