package dev.crosswalk.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.crosswalk.archfixture.adapters.http.ControllerCallingAService;
import dev.crosswalk.archfixture.adapters.http.ControllerCallingConnector;
import dev.crosswalk.archfixture.adapters.http.ControllerSeeingADrivenPort;
import dev.crosswalk.archfixture.adapters.http.ControllerUsingAProviderClient;
import dev.crosswalk.archfixture.adapters.http.PlainController;
import dev.crosswalk.archfixture.adapters.persistence.StoreKeepingAProviderField;
import dev.crosswalk.archfixture.adapters.persistence.StoreSeeingTheServer;
import dev.crosswalk.archfixture.adapters.persistence.StoreUsingAnotherAdapter;
import dev.crosswalk.archfixture.conformance.ContractDrivingOneConnector;
import dev.crosswalk.archfixture.conformance.FixtureForOneProvider;
import dev.crosswalk.archfixture.conformance.PlainContract;
import dev.crosswalk.archfixture.connector.alpha.AlphaPlugin;
import dev.crosswalk.archfixture.connector.alpha.PublicHelper;
import dev.crosswalk.archfixture.core.application.PlainService;
import dev.crosswalk.archfixture.core.application.ServiceCallingAdapter;
import dev.crosswalk.archfixture.core.application.ServiceEvaluatingJsonata;
import dev.crosswalk.archfixture.core.domain.ContactNamingAPort;
import dev.crosswalk.archfixture.core.domain.PlainContact;
import dev.crosswalk.archfixture.core.domain.SalesforceContact;
import dev.crosswalk.archfixture.core.port.in.ListPlainContactsUseCase;
import dev.crosswalk.archfixture.core.port.in.UseCaseSeeingDrivenPort;
import dev.crosswalk.archfixture.core.port.out.crm.ContactsPortFixture;
import dev.crosswalk.archfixture.core.port.out.crm.PortCallingBackTheHost;
import dev.crosswalk.archfixture.core.port.out.crm.PortHandingOutAStore;
import dev.crosswalk.archfixture.core.port.out.host.ConnectionEventsFixture;
import dev.crosswalk.archfixture.core.port.out.store.StoreSeeingService;
import dev.crosswalk.archfixture.core.port.out.store.TokenStoreFixture;
import dev.crosswalk.archfixture.core.toolkit.PlainTool;
import dev.crosswalk.archfixture.core.toolkit.ToolParsingYaml;
import dev.crosswalk.archfixture.core.toolkit.ToolUsingAFramework;
import dev.crosswalk.archfixture.core.toolkit.ToolUsingApplication;
import dev.crosswalk.archfixture.core.toolkit.mapping.MappingReader;
import dev.crosswalk.archfixture.cyclea.CycleA;
import dev.crosswalk.archfixture.cycleb.CycleB;
import dev.crosswalk.archfixture.server.ServerMain;
import dev.crosswalk.archfixture.spi.ConnectorPlugin;
import dev.crosswalk.archfixture.spi.ContextFixture;
import dev.crosswalk.archfixture.spi.PluginExposingAUseCase;
import dev.crosswalk.archfixture.spi.PluginNamingAProvider;
import dev.crosswalk.archfixture.spi.PluginSeeingApplication;
import dev.crosswalk.archfixture.spi.PluginSeeingHostCallbacks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule is run against a fixture class written to break it, and must report that class. A rule that cannot
 * fail guards nothing. A second check runs each rule against a well-behaved fixture, so that a rule that always
 * fails is caught too.
 */
class EveryRuleCanFailTest {

    private static final String ROOT = "dev.crosswalk.archfixture";

    @Test
    void coreMayNotCallAnAdapter() {
        assertReports(CrosswalkArchitecture.coreDependsOnlyOnItselfAndPlainLibraries(ROOT),
                ServiceCallingAdapter.class);
    }

    @Test
    void coreMayNotUseAFramework() {
        assertReports(CrosswalkArchitecture.coreDependsOnlyOnItselfAndPlainLibraries(ROOT), ToolUsingAFramework.class);
    }

    @Test
    void coreOutsideTheMappingToolkitMayNotParseYaml() {
        assertReports(CrosswalkArchitecture.coreDependsOnlyOnItselfAndPlainLibraries(ROOT), ToolParsingYaml.class);
    }

    @Test
    void coreOutsideTheMappingToolkitMayNotEvaluateJsonata() {
        assertReports(CrosswalkArchitecture.coreDependsOnlyOnItselfAndPlainLibraries(ROOT),
                ServiceEvaluatingJsonata.class);
    }

    @Test
    void domainMayNotReachIntoPorts() {
        assertReports(CrosswalkArchitecture.domainIsPure(ROOT), ContactNamingAPort.class);
    }

    @Test
    void useCasesMayNotExposeDrivenPorts() {
        assertReports(CrosswalkArchitecture.portsStayIndependent(ROOT), UseCaseSeeingDrivenPort.class);
    }

    @Test
    void drivenPortsMayNotSeeServices() {
        assertReports(CrosswalkArchitecture.drivenPortsStayIndependent(ROOT), StoreSeeingService.class);
    }

    @Test
    void crmPortsMayNotHandOutAStore() {
        assertReports(CrosswalkArchitecture.crmPortsStandAlone(ROOT), PortHandingOutAStore.class);
    }

    @Test
    void crmPortsMayNotCallBackTheHost() {
        assertReports(CrosswalkArchitecture.crmPortsStandAlone(ROOT), PortCallingBackTheHost.class);
    }

    @Test
    void toolkitMayNotUseTheApplicationLayer() {
        assertReports(CrosswalkArchitecture.toolkitDoesNotUseApplication(ROOT), ToolUsingApplication.class);
    }

    @Test
    void spiMayNotExposeTheApplicationLayer() {
        assertReports(CrosswalkArchitecture.spiUsesOnlyCoreContracts(ROOT), PluginSeeingApplication.class);
    }

    @Test
    void spiMayNotExposeAUseCase() {
        assertReports(CrosswalkArchitecture.spiUsesOnlyCoreContracts(ROOT), PluginExposingAUseCase.class);
    }

    @Test
    void spiMayNotExposeHostCallbacks() {
        assertReports(CrosswalkArchitecture.spiUsesOnlyCoreContracts(ROOT), PluginSeeingHostCallbacks.class);
    }

    @Test
    void sharedCodeMayNotBeNamedAfterAProvider() {
        assertReports(CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT), SalesforceContact.class);
    }

    @Test
    void sharedCodeMayNotHaveAMethodForOneProvider() {
        assertReportsSaying(CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT), "method hubSpotPortalId",
                PluginNamingAProvider.class);
    }

    @Test
    void sharedCodeMayNotHaveAFieldForOneProvider() {
        assertReportsSaying(CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT), "field salesforceOrgId",
                StoreKeepingAProviderField.class);
    }

    @Test
    void sharedCodeMayNotUseAProvidersClass() {
        assertReportsSaying(CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT), "HubspotClient",
                ControllerUsingAProviderClient.class);
    }

    @Test
    void theConformanceKitMayNotNameAProvider() {
        assertReportsSaying(CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT), "method salesforceOrgId",
                FixtureForOneProvider.class);
    }

    @Test
    void theConformanceKitMayNotUseAConnector() {
        assertReportsSaying(CrosswalkArchitecture.conformanceKitSeesOnlyCoreAndSpi(ROOT), AlphaPlugin.class.getName(),
                ContractDrivingOneConnector.class, AlphaPlugin.class);
    }

    @Test
    void theProvidersSharedCodeMayNotNameAreAParameter() {
        assertReports(CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT, List.of("PlainContact")),
                PlainContact.class);
        assertThat(CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT, List.of("pipedrive"))
                .evaluate(new ClassFileImporter().importClasses(SalesforceContact.class)).hasViolation()).isFalse();
        assertThatThrownBy(() -> CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adapterMayNotBypassTheUseCases() {
        assertReports(CrosswalkArchitecture.adaptersStayInTheirLane(ROOT), ControllerCallingAService.class);
    }

    @Test
    void drivingAdapterMayNotSeeADrivenPort() {
        assertReports(CrosswalkArchitecture.drivingAdapterUsesOnlyUseCases(ROOT), ControllerSeeingADrivenPort.class);
    }

    @Test
    void connectorMayNotUseAnAdapter() throws ClassNotFoundException {
        assertReports(CrosswalkArchitecture.connectorsStayInTheirLane(ROOT),
                Class.forName(ROOT + ".connector.alpha.AlphaUsingAnAdapter"));
    }

    @Test
    void connectorMayNotReachAStore() throws ClassNotFoundException {
        assertReports(CrosswalkArchitecture.connectorsDoNotReachStores(ROOT),
                Class.forName(ROOT + ".connector.alpha.AlphaReadingTokens"));
    }

    @Test
    void connectorSupportMayNotReachAStoreNorAService() throws ClassNotFoundException {
        assertReports(CrosswalkArchitecture.connectorsDoNotReachStores(ROOT),
                Class.forName(ROOT + ".support.SupportReadingTokens"));
        assertReports(CrosswalkArchitecture.connectorsStayInTheirLane(ROOT),
                Class.forName(ROOT + ".support.SupportCallingAService"));
    }

    @Test
    void connectorSupportMayNotBeWrittenForOneProvider() throws ClassNotFoundException {
        assertReports(CrosswalkArchitecture.sharedCodeIsProviderNeutral(ROOT),
                Class.forName(ROOT + ".support.HubspotPaging"));
    }

    @Test
    void anApiPackageMayNotHandOutAnInternalType() throws ClassNotFoundException {
        assertReportsSaying(CrosswalkArchitecture.apiExposesNoInternalType(ROOT + ".api"), "exposes internal",
                Class.forName(ROOT + ".api.LeakyApi"), Class.forName(ROOT + ".api.internal.Hidden"));
    }

    @Test
    void nothingOutsideAnEmulatorMayReachItsInternals() throws ClassNotFoundException {
        assertReports(CrosswalkArchitecture.emulatorInternalsStayInside(ROOT),
                Class.forName(ROOT + ".server.DemoReachingEmulatorInternals"),
                Class.forName(ROOT + ".testkit.salesforce.http.EmulatorInternalCall"));
    }

    @Test
    void connectorMayNotUseAnotherConnector() throws ClassNotFoundException {
        assertReports(CrosswalkArchitecture.connectorsAreIndependent(ROOT),
                Class.forName(ROOT + ".connector.beta.BetaUsingAlpha"), AlphaPlugin.class);
    }

    @Test
    void connectorMayExposeOnlyItsPluginAndFactory() {
        assertReports(CrosswalkArchitecture.connectorsExposeOnlyPluginAndFactory(ROOT), PublicHelper.class,
                AlphaPlugin.class);
    }

    @Test
    void adapterMayNotCallAConnector() {
        assertReports(CrosswalkArchitecture.adaptersStayInTheirLane(ROOT), ControllerCallingConnector.class);
    }

    @Test
    void adapterMayNotUseAnotherAdapter() {
        assertReports(CrosswalkArchitecture.adaptersAreIndependent(ROOT), StoreUsingAnotherAdapter.class,
                ControllerCallingConnector.class);
    }

    @Test
    void nothingMayDependOnTheServer() {
        assertReports(CrosswalkArchitecture.nothingDependsOnTheServer(ROOT), StoreSeeingTheServer.class,
                ServerMain.class);
    }

    @Test
    void modulesMayNotFormACycle() {
        assertReports(CrosswalkArchitecture.modulesAreFreeOfCycles(ROOT), CycleA.class, CycleB.class);
    }

    @Test
    void wellBehavedClassesPassEveryRule() {
        JavaClasses wellBehaved = new ClassFileImporter().importClasses(PlainContact.class,
                ListPlainContactsUseCase.class, PlainService.class, PlainTool.class, MappingReader.class,
                ContactsPortFixture.class, TokenStoreFixture.class, ConnectionEventsFixture.class,
                ConnectorPlugin.class, ContextFixture.class, AlphaPlugin.class, PlainController.class, ServerMain.class,
                PlainContract.class);
        for (ArchRule rule : allRules()) {
            assertThat(rule.evaluate(wellBehaved).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    private static List<ArchRule> allRules() {
        List<ArchRule> rules = new ArrayList<>();
        rules.addAll(CrosswalkArchitecture.coreRules(ROOT));
        rules.addAll(CrosswalkArchitecture.connectorRules(ROOT));
        rules.addAll(CrosswalkArchitecture.adapterRules(ROOT));
        rules.add(CrosswalkArchitecture.spiUsesOnlyCoreContracts(ROOT));
        rules.add(CrosswalkArchitecture.conformanceKitSeesOnlyCoreAndSpi(ROOT));
        rules.add(CrosswalkArchitecture.nothingDependsOnTheServer(ROOT));
        rules.add(CrosswalkArchitecture.modulesAreFreeOfCycles(ROOT));
        return rules;
    }

    private static void assertReports(ArchRule rule, Class<?> violator, Class<?>... others) {
        assertReportsSaying(rule, violator.getName(), violator, others);
    }

    private static void assertReportsSaying(ArchRule rule, String text, Class<?> violator, Class<?>... others) {
        Class<?>[] all = new Class<?>[others.length + 1];
        all[0] = violator;
        System.arraycopy(others, 0, all, 1, others.length);
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(all));
        assertThat(result.hasViolation()).as("rule reports a violation: " + rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(violator.getName()).contains(text);
    }
}
