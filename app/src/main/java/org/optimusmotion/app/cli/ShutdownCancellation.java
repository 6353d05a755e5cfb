package org.optimusmotion.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C for long commands that keep what is done: a shutdown hook raises {@link #cancelled()} and
 * waits (up to {@value #WAIT_SECONDS} s) until {@link #close()} says the outputs are written.
 */
final class ShutdownCancellation implements AutoCloseable {

    /** How long the hook waits for the outputs. */
    static final long WAIT_SECONDS = 60;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    ShutdownCancellation(String name) {
        hook = new Thread(() -> {
            cancelled.set(true);
            try {
                written.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether Ctrl-C (or another shutdown) asked to stop. */
    boolean cancelled() {
        return cancelled.get();
    }

    /** Releases a waiting hook (outputs are written) and removes it if the JVM is not shutting down. */
    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it returns now that the latch is released.
        }
    }
}
