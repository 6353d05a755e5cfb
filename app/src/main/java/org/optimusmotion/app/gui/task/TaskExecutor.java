package org.optimusmotion.app.gui.task;

import java.util.concurrent.Future;

/**
 * Runs background work and UI callbacks. Injected into every ViewModel (never looked up), so tests can
 * swap the threading model.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts {@code task}'s work off the UI thread; its callbacks run on the UI thread. */
    <T> Future<?> execute(BackgroundTask<T> task);

    /** Runs {@code action} on the UI thread: now when already there, else as soon as possible. */
    void runOnUi(Runnable action);

    /** Runs {@code action} on the UI thread after at least {@code delayMillis} milliseconds. */
    void runOnUiAfter(Runnable action, long delayMillis);

    /** Whether the calling thread is the UI thread (always true for {@link DirectTaskExecutor}). */
    boolean isUiThread();

    /** Stops accepting work and interrupts running tasks. */
    @Override
    void close();
}
