package org.optimusmotion.app.fit;

/**
 * Pause, resume and cancel for one running fit, shared between the thread that asks (the UI) and the
 * fitting thread, which calls {@link #checkpoint()} between iterations. Thread-safe.
 */
public final class FitControl {

    private boolean paused;
    private boolean cancelled;
    private long pausedSinceNanos;
    private long pausedTotalNanos;

    /** Asks the fit to stop at its next checkpoint (also releases a pause). */
    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    /** Asks the fit to wait at its next checkpoint until {@link #resume()}. */
    public synchronized void pause() {
        if (!paused) {
            paused = true;
            pausedSinceNanos = System.nanoTime();
        }
    }

    public synchronized void resume() {
        if (paused) {
            paused = false;
            pausedTotalNanos += System.nanoTime() - pausedSinceNanos;
            notifyAll();
        }
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Total time spent paused, nanoseconds (including a pause in progress). */
    public synchronized long pausedNanos() {
        return pausedTotalNanos + (paused ? System.nanoTime() - pausedSinceNanos : 0);
    }

    /**
     * Called by the fitting thread between iterations: blocks while paused; returns true when the fit
     * should stop (cancelled or interrupted).
     */
    public synchronized boolean checkpoint() {
        while (paused && !cancelled) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return cancelled || Thread.currentThread().isInterrupted();
    }
}
