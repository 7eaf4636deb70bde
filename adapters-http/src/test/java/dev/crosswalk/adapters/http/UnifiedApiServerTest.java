package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class UnifiedApiServerTest {

    @Test
    void refusesToBuildWithoutEveryUseCaseNamingTheMissingOnes() {
        FakeCrm crm = new FakeCrm();

        assertThatThrownBy(() -> UnifiedApiServer.builder().authenticate(crm).unifiedRecords(crm).quota(crm).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("providerRecords, schema, mappings")
                .hasMessageNotContaining("authenticate");
    }

    @Test
    void refusesANullUseCase() {
        assertThatThrownBy(() -> UnifiedApiServer.builder().schema(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("schema");
    }

    @Test
    void saysThePortIsTakenWhenAnotherProcessListensOnIt() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = other.getLocalPort();

            assertThatThrownBy(() -> server().start("127.0.0.1", port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + port + ": another process uses port " + port);
        }
    }

    @Test
    void saysTheHostIsNotAnAddressOfThisMachineInsteadOfBlamingThePort() {
        // TEST-NET-1 (RFC 5737): never assigned to a machine
        assertThatThrownBy(() -> server().start("192.0.2.1", 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine");
    }

    private static UnifiedApiServer server() {
        FakeCrm crm = new FakeCrm();
        return UnifiedApiServer.builder().authenticate(crm).unifiedRecords(crm).providerRecords(crm).schema(crm)
                .quota(crm).mappings(crm).connections(crm).authorization(new FakeAuthorization())
                .webhooks(new FakeWebhooks()).build();
    }
}
