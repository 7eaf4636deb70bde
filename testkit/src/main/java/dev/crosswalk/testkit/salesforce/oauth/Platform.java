package dev.crosswalk.testkit.salesforce.oauth;

import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Everything the endpoints share: the orgs, the token service, the clock and the public base URL. Thread-safe. */
public final class Platform {

    private final List<Org> orgs;
    private final Sessions sessions;
    private final Clock clock;
    private final java.time.Instant startedAt;
    private volatile URI baseUrl;

    public Platform(List<Org> orgs, Sessions sessions, Clock clock) {
        this.orgs = List.copyOf(orgs);
        this.sessions = sessions;
        this.clock = clock;
        this.startedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** When the emulator started: the schema's last-modified time for {@code If-Modified-Since}. */
    public java.time.Instant startedAt() {
        return startedAt;
    }

    public void baseUrl(URI uri) {
        this.baseUrl = uri;
    }

    /** {@code http://127.0.0.1:port}, no trailing slash; both login host and instance URL. */
    public String base() {
        return baseUrl.toString();
    }

    List<Org> orgs() {
        return orgs;
    }

    Org defaultOrg() {
        return orgs.get(0);
    }

    public Sessions sessions() {
        return sessions;
    }

    public Clock clock() {
        return clock;
    }

    public Optional<Org> orgByClientId(String clientId) {
        return orgs.stream().filter(org -> org.app(clientId).isPresent()).findFirst();
    }

    /** The identity URL of a user: {@code <base>/id/<org id>/<user id>}. */
    public String identityUrl(Org org, OrgUser user) {
        return base() + "/id/" + org.id() + "/" + user.id();
    }
}
