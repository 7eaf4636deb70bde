package dev.crosswalk.adapters.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Both databases keep microseconds; truncating first makes every stored instant read back exactly. */
final class Times {

    private Times() {}

    static Instant now(Clock clock) {
        return stored(clock.instant());
    }

    /** @return the instant as the database will keep it, or {@code null} for {@code null} */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
