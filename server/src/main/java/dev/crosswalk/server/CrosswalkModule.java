package dev.crosswalk.server;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.crosswalk.adapters.http.UnifiedApiServer;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.DescribeSchemaUseCase;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import dev.crosswalk.core.port.in.ManageMappingOverridesUseCase;
import dev.crosswalk.core.port.in.ManageWebhooksUseCase;
import dev.crosswalk.core.port.in.ReadProviderRecordsUseCase;
import dev.crosswalk.core.port.in.ReadQuotaUseCase;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import dev.crosswalk.embedded.Crosswalk;
import dev.crosswalk.embedded.CrosswalkGuiceModule;
import java.time.Clock;

/**
 * Wires the bundled server: core's use cases come from an embedded {@link Crosswalk} (bound by
 * {@link CrosswalkGuiceModule}), and the unified HTTP API is built on them. The only place that knows every module.
 */
final class CrosswalkModule extends AbstractModule {

    private final Crosswalk crosswalk;
    private final Clock clock;
    private final ServerSettings settings;

    CrosswalkModule(Crosswalk crosswalk, Clock clock, ServerSettings settings) {
        this.crosswalk = crosswalk;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    protected void configure() {
        install(new CrosswalkGuiceModule(crosswalk));
        bind(Clock.class).toInstance(clock);
    }

    @Provides
    @Singleton
    UnifiedApiServer api(AuthenticateApiKeyUseCase authenticate, ReadUnifiedRecordsUseCase unifiedRecords,
            ReadProviderRecordsUseCase providerRecords, DescribeSchemaUseCase schema, ReadQuotaUseCase quota,
            ManageMappingOverridesUseCase mappings, ManageConnectionsUseCase connections,
            AuthorizeConnectionUseCase authorization, ManageWebhooksUseCase webhooks) {
        UnifiedApiServer.Builder builder = UnifiedApiServer.builder()
                .authenticate(authenticate)
                .unifiedRecords(unifiedRecords)
                .providerRecords(providerRecords)
                .schema(schema)
                .quota(quota)
                .mappings(mappings)
                .connections(connections)
                .authorization(authorization)
                .webhooks(webhooks)
                .returnUrls(settings.returnUrls());
        if (settings.callbackUrl() != null) {
            builder.callbackUrl(settings.callbackUrl());
        }
        return builder.build();
    }
}
