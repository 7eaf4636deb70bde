package dev.crosswalk.server;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.crosswalk.adapters.http.UnifiedApiServer;
import dev.crosswalk.adapters.persistence.CrosswalkDatabase;
import dev.crosswalk.core.application.ApiKeyAuthenticationService;
import dev.crosswalk.core.application.ListContactsService;
import dev.crosswalk.core.application.TenantProvisioningService;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import dev.crosswalk.core.port.in.ListContactsUseCase;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.core.port.out.ConnectionLocks;
import dev.crosswalk.core.port.out.ConnectionStore;
import dev.crosswalk.core.port.out.CrmPortsProvider;
import dev.crosswalk.core.port.out.TenantStore;
import dev.crosswalk.core.port.out.TokenStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.spi.ConnectorContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Wires adapters, core services and connectors together. The only place that knows every module. */
final class CrosswalkModule extends AbstractModule {

    private final ServerSettings settings;

    CrosswalkModule(ServerSettings settings) {
        this.settings = settings;
    }

    @Provides
    @Singleton
    CrosswalkDatabase database() {
        return CrosswalkDatabase.open(settings.database());
    }

    @Provides
    ConnectionStore connections(CrosswalkDatabase database) {
        return database.connections();
    }

    @Provides
    TokenStore tokens(CrosswalkDatabase database) {
        return database.tokens();
    }

    @Provides
    TenantStore tenants(CrosswalkDatabase database) {
        return database.tenants();
    }

    @Provides
    ConnectionLocks locks(CrosswalkDatabase database) {
        return database.locks();
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    CrmRetry retry() {
        return CrmRetry.builder().build();
    }

    @Provides
    @Singleton
    ConnectorRegistry connectors(TokenStore tokens, ConnectionLocks locks, CrmRetry retry, Clock clock) {
        return ConnectorRegistry.load(settings.connectors(), ConnectorContext.of(tokens, locks, retry, clock));
    }

    @Provides
    CrmPortsProvider crmPorts(ConnectorRegistry registry) {
        return registry;
    }

    @Provides
    @Singleton
    ListContactsUseCase listContacts(ConnectionStore connections, CrmPortsProvider crmPorts) {
        return new ListContactsService(connections, crmPorts, new LoggedConnectionEvents(), cursorKey());
    }

    /**
     * The key that signs cursors, derived from the token encryption key: every node shares it without another
     * secret to distribute, and it never equals the key that encrypts tokens.
     */
    private Secret cursorKey() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(settings.database().tokenKey().toBase64()), "HmacSHA256"));
            byte[] derived = mac.doFinal("crosswalk cursor signing v1".getBytes(StandardCharsets.UTF_8));
            return Secret.of(Base64.getEncoder().encodeToString(derived));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK ships HmacSHA256", impossible);
        }
    }

    @Provides
    @Singleton
    AuthenticateApiKeyUseCase authenticate(TenantStore tenants) {
        return new ApiKeyAuthenticationService(tenants);
    }

    @Provides
    @Singleton
    ProvisionTenantUseCase provisioning(TenantStore tenants, ConnectionStore connections, TokenStore tokens) {
        return new TenantProvisioningService(tenants, connections, tokens);
    }

    @Provides
    @Singleton
    UnifiedApiServer api(AuthenticateApiKeyUseCase authenticate, ListContactsUseCase listContacts) {
        return new UnifiedApiServer(authenticate, listContacts);
    }
}
