package dev.crosswalk.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final Handler<String> list = call -> { };
    private final Handler<String> create = call -> { };
    private final RouteTable<String> routes = new RouteTable<String>()
            .on("GET", "/things/(?<type>[^/]+)", list)
            .on("POST", "/things/(?<type>[^/]+)", create);

    @Test
    void findsTheRouteByMethodAndWholePathWithItsGroups() {
        RouteTable.Lookup<String> lookup = routes.find("POST", "/things/contacts");
        assertThat(lookup).isInstanceOfSatisfying(RouteTable.Found.class, found -> {
            assertThat(found.handler()).isSameAs(create);
            assertThat(found.matcher().group("type")).isEqualTo("contacts");
        });
        assertThat(routes.find("HEAD", "/things/x")).isInstanceOf(RouteTable.Found.class);
    }

    @Test
    void tellsAnUnknownPathFromAKnownPathWithAnotherMethod() {
        assertThat(routes.find("GET", "/things/a/b")).isInstanceOf(RouteTable.NotFound.class);
        assertThat(routes.find("DELETE", "/things/a")).isInstanceOfSatisfying(RouteTable.MethodNotAllowed.class,
                refused -> assertThat(refused.allowHeader()).isEqualTo("GET, POST"));
    }

    @Test
    void namesTheRoutePatternOfARequestForCounts() {
        RequestLog log = new RequestLog();
        log.record(new RecordedRequest("GET", "/things/a", "", 200));
        log.record(new RecordedRequest("GET", "/things/b", "", 200));
        log.record(new RecordedRequest("GET", "/elsewhere", "", 404));
        assertThat(log.countsByRoute(routes)).containsExactly(
                java.util.Map.entry("GET /elsewhere", 1), java.util.Map.entry("GET /things/(?<type>[^/]+)", 2));
    }
}
