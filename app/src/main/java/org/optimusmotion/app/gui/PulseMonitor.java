package org.optimusmotion.app.gui;

import javafx.animation.AnimationTimer;

/**
 * Measures how responsive the JavaFX application thread is: an {@link AnimationTimer} asks for a
 * pulse every frame (~60 Hz), so the longest gap between two pulses bounds how long the thread was
 * blocked (plus one frame interval, ~17 ms). Start and read on the UI thread; {@link #maxGapMillis()}
 * may be read from any thread.
 */
public final class PulseMonitor extends AnimationTimer {

    private long lastNanos = -1;
    private volatile long maxGapNanos;
    private volatile long windowMaxGapNanos;
    private volatile long pulses;
    private volatile long lastPulseWallNanos = System.nanoTime();

    @Override
    public void handle(long now) {
        if (lastNanos >= 0) {
            long gap = now - lastNanos;
            if (gap > maxGapNanos) {
                maxGapNanos = gap;
            }
            if (gap > windowMaxGapNanos) {
                windowMaxGapNanos = gap;
            }
        }
        lastNanos = now;
        lastPulseWallNanos = System.nanoTime();
        pulses++;
    }

    @Override
    public void start() {
        lastNanos = -1;
        super.start();
    }

    /** Forgets the gaps so far (the next gap is measured from the next pulse). */
    public void reset() {
        lastNanos = -1;
        maxGapNanos = 0;
        pulses = 0;
    }

    /** Longest time between two pulses since start or {@link #reset()}, milliseconds. */
    public double maxGapMillis() {
        return maxGapNanos * 1e-6;
    }

    /** Longest gap since the previous call of this method, milliseconds; starts a new window. */
    public double takeWindowMaxGapMillis() {
        double ms = windowMaxGapNanos * 1e-6;
        windowMaxGapNanos = 0;
        return ms;
    }

    /** {@link System#nanoTime()} of the latest pulse (for a watchdog on another thread). */
    public long lastPulseWallNanos() {
        return lastPulseWallNanos;
    }

    /** Pulses seen since start or reset. */
    public long pulses() {
        return pulses;
    }
}
