package dev.crosswalk.emulator.support;

import java.time.Duration;
import java.util.Objects;

/** The checks every emulator builder makes of its settings; each returns the value it checked. */
public final class Arguments {

    private Arguments() {
    }

    /** @throws IllegalArgumentException unless 0 (any free port) to 65,535 */
    public static int port(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        return port;
    }

    /** @throws IllegalArgumentException if {@code count} is negative */
    public static long count(long count, String what) {
        if (count < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + count);
        }
        return count;
    }

    /** @throws IllegalArgumentException unless {@code value} is at least 1 */
    public static long positive(long value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code min <= value <= max} */
    public static int within(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code duration} is longer than zero */
    public static Duration positive(Duration duration, String what) {
        if (Objects.requireNonNull(duration, what).isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
        return duration;
    }
}
