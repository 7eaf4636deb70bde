package dev.crosswalk.testkit.salesforce.data;

/** A tiny deterministic random stream (SplitMix64) seeded per record, so any record can be generated alone. */
public final class SplitMix {

    private long state;

    public SplitMix(long seed, long salt, long index) {
        this.state = mix(seed ^ mix(salt * 0x9E3779B97F4A7C15L + index));
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    public int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    public <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
