package dev.crosswalk.emulator.hubspot.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Optional;

/** At most {@code max} requests in any {@code length} of the emulator's clock. Guarded by its owner's lock. */
final class RollingWindow {

    private final Duration length;
    private final int max;
    private final ArrayDeque<Instant> admitted = new ArrayDeque<>();

    RollingWindow(Duration length, int max) {
        this.length = length;
        this.max = max;
    }

    /** Admits a request at {@code now}, or says how long until one would be admitted. */
    Optional<Duration> admit(Instant now) {
        while (!admitted.isEmpty() && !admitted.peekFirst().plus(length).isAfter(now)) {
            admitted.removeFirst();
        }
        if (admitted.size() >= max) {
            return Optional.of(Duration.between(now, admitted.peekFirst().plus(length)));
        }
        admitted.addLast(now);
        return Optional.empty();
    }

    /** @return the requests admitted in the window ending at {@code now} */
    int used(Instant now) {
        return (int) admitted.stream().filter(at -> at.plus(length).isAfter(now)).count();
    }

    /** Requests still allowed in the window ending now (after {@link #admit}). */
    int remaining() {
        return Math.max(0, max - admitted.size());
    }

    int max() {
        return max;
    }

    Duration length() {
        return length;
    }
}
