package dev.crosswalk.conformance.toy;

import dev.crosswalk.conformance.ConnectorFixture.ProviderFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A provider held in memory, as small as the kit's own tests need: objects of records with numeric ids, one custom
 * field, deleted records, OAuth-like tokens (refresh tokens that can be revoked, access tokens that can expire), a
 * daily allowance, and faults on API calls. What a connector receives from it is plain maps; its refusals are
 * {@link Refused} with an HTTP-like status. Thread-safe.
 */
final class ToyProvider {

    static final long DAILY_LIMIT = 10_000;
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    static final String REFRESH_TOKEN = "toy-refresh-token";
    static final Set<String> OBJECTS = Set.of("people", "firms", "deals");
    static final String CUSTOM_FIELD = "x_loyalty";

    /** A refused call: its status, and the wait a 429 asks for. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status) {
            super("toy provider answered " + status, null, false, false);
            this.status = status;
        }
    }

    private static final List<String> NAMES = List.of("Ada", "Brook", "Curie", "Dirac");

    private final Map<String, Map<String, Map<String, Object>>> objects = new TreeMap<>();
    private final Set<String> deleted = new HashSet<>();
    private final Set<String> liveAccessTokens = new HashSet<>();
    private boolean grantRevoked;
    private int issued;
    private long used;
    private ProviderFault fault;
    private int faultsLeft;

    ToyProvider() {
        for (int i = 1; i <= 30; i++) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", NAMES.get(i % NAMES.size()));
            person.put("score", 10 * i);
            person.put(CUSTOM_FIELD, i * 1.5);
            objects.computeIfAbsent("people", any -> new TreeMap<>()).put(String.valueOf(i), person);
        }
        for (int i = 101; i <= 105; i++) {
            objects.computeIfAbsent("firms", any -> new TreeMap<>()).put(String.valueOf(i),
                    new LinkedHashMap<>(Map.of("name", "Firm " + i)));
        }
        for (int i = 201; i <= 208; i++) {
            objects.computeIfAbsent("deals", any -> new TreeMap<>()).put(String.valueOf(i),
                    new LinkedHashMap<>(Map.of("amount", 1000 * (i - 200))));
        }
        deleted.add("30");
    }

    /** @return a new access token for a refresh token that is still granted */
    synchronized String refresh(String refreshToken) {
        if (grantRevoked || !REFRESH_TOKEN.equals(refreshToken)) {
            throw new Refused(400);
        }
        String access = "toy-access-" + ++issued;
        liveAccessTokens.add(access);
        return access;
    }

    /**
     * One API call: counted, then faulted or refused for a dead token, else answered.
     *
     * @return every record of the object (deleted ones too, marked by {@code _deleted}), by id
     */
    synchronized Map<String, Map<String, Object>> records(String accessToken, String object) {
        gate(accessToken);
        if (!objects.containsKey(object)) {
            throw new Refused(404);
        }
        Map<String, Map<String, Object>> answer = new TreeMap<>();
        objects.get(object).forEach((id, fields) -> {
            Map<String, Object> copy = new LinkedHashMap<>(fields);
            copy.put("_deleted", deleted.contains(id));
            answer.put(id, copy);
        });
        return answer;
    }

    private void gate(String accessToken) {
        used++;
        if (faultsLeft > 0) {
            faultsLeft--;
            throw new Refused(switch (fault) {
                case RATE_LIMITED -> 429;
                case SERVER_ERROR -> 503;
                case UNAUTHORIZED -> 401;
                case BAD_REQUEST -> 400;
            });
        }
        if (!liveAccessTokens.contains(accessToken)) {
            throw new Refused(401);
        }
    }

    synchronized long used() {
        return used;
    }

    synchronized List<String> liveIds(String object) {
        List<String> ids = new ArrayList<>(objects.getOrDefault(object, Map.of()).keySet());
        ids.removeAll(deleted);
        return ids;
    }

    synchronized Map<String, Object> fields(String object, String id) {
        return Map.copyOf(objects.get(object).get(id));
    }

    synchronized void expireAccessTokens() {
        liveAccessTokens.clear();
    }

    synchronized void revokeGrant() {
        grantRevoked = true;
    }

    synchronized void fail(ProviderFault what, int calls) {
        fault = what;
        faultsLeft = calls;
    }
}
