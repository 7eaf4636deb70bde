package dev.crosswalk.embedded;

import com.google.inject.AbstractModule;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.DeliverWebhooksUseCase;
import dev.crosswalk.core.port.in.DescribeSchemaUseCase;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import dev.crosswalk.core.port.in.ManageMappingOverridesUseCase;
import dev.crosswalk.core.port.in.ManageWebhooksUseCase;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.core.port.in.ReadProviderRecordsUseCase;
import dev.crosswalk.core.port.in.ReadQuotaUseCase;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import java.util.Objects;

/**
 * Binds a built {@link Crosswalk} and each of its use cases for hosts wired with Guice:
 * {@code Guice.createInjector(new CrosswalkGuiceModule(crosswalk), ...)} then {@code @Inject ReadUnifiedRecordsUseCase}.
 * The host still closes the {@link Crosswalk} when it stops. Guice is an optional dependency of this module.
 *
 * @since 0.1
 */
public final class CrosswalkGuiceModule extends AbstractModule {

    private final Crosswalk crosswalk;

    /** @param crosswalk the built instance to bind; never {@code null} */
    public CrosswalkGuiceModule(Crosswalk crosswalk) {
        this.crosswalk = Objects.requireNonNull(crosswalk, "crosswalk");
    }

    @Override
    protected void configure() {
        bind(Crosswalk.class).toInstance(crosswalk);
        bind(ReadUnifiedRecordsUseCase.class).toInstance(crosswalk.unifiedRecords());
        bind(ReadProviderRecordsUseCase.class).toInstance(crosswalk.providerRecords());
        bind(DescribeSchemaUseCase.class).toInstance(crosswalk.schema());
        bind(ReadQuotaUseCase.class).toInstance(crosswalk.quota());
        bind(ManageMappingOverridesUseCase.class).toInstance(crosswalk.mappings());
        bind(AuthenticateApiKeyUseCase.class).toInstance(crosswalk.authentication());
        bind(ProvisionTenantUseCase.class).toInstance(crosswalk.provisioning());
        bind(ManageConnectionsUseCase.class).toInstance(crosswalk.connections());
        bind(AuthorizeConnectionUseCase.class).toInstance(crosswalk.authorization());
        bind(ManageWebhooksUseCase.class).toInstance(crosswalk.webhooks());
        bind(DeliverWebhooksUseCase.class).toInstance(crosswalk.webhookDelivery());
    }
}
