package dev.crosswalk.emulator.support;

import java.util.concurrent.CountDownLatch;

/** Keeps a standalone emulator's main thread alive until the JVM is asked to stop. */
public final class Standalone {

    private Standalone() {
    }

    /** Blocks until Ctrl+C or SIGTERM, then closes {@code emulator} from the shutdown hook. */
    public static void runUntilShutdown(AutoCloseable emulator) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                emulator.close();
            } catch (Exception e) {
                System.err.println("emulator: closing failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "emulator-shutdown"));
        stopped.await();
    }
}
