package org.optimusmotion.app.gui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.optimusmotion.app.gui.task.DurationStats;

/**
 * Measures how responsive the JavaFX application thread is. An {@link AnimationTimer} asks for a pulse
 * every frame (~60 Hz), so the gap between two pulses bounds how long the thread could not react
 * (plus one frame interval, ~17 ms): {@link #gaps()}. A gap has two parts: the UI thread's own work in
 * the pulse (animations, CSS, layout: the app's share, measured from this timer to the scene's
 * post-layout listener as {@link #pulseWorkCpu()} and {@link #pulseWorkWall()} once
 * {@link #attach(Scene) attached}), and the wait for JavaFX's render thread to finish painting the
 * previous frame (with the software pipeline, the larger part on a loaded machine). Start, reset and
 * attach on the UI thread; the statistics may be read from any thread.
 */
public final class PulseMonitor extends AnimationTimer {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final DurationStats gaps = new DurationStats();
    private final DurationStats pulseWorkCpu = new DurationStats();
    private final DurationStats pulseWorkWall = new DurationStats();
    private long lastNanos = -1;
    private long pulseStartWall = -1;
    private long pulseStartCpu;
    private volatile long windowMaxGapNanos;
    private volatile long lastPulseWallNanos = System.nanoTime();

    @Override
    public void handle(long now) {
        if (lastNanos >= 0) {
            long gap = now - lastNanos;
            gaps.record(gap);
            if (gap > windowMaxGapNanos) {
                windowMaxGapNanos = gap;
            }
        }
        lastNanos = now;
        lastPulseWallNanos = System.nanoTime();
        pulseStartWall = lastPulseWallNanos;
        pulseStartCpu = CPU.getCurrentThreadCpuTime();
    }

    /** Also measures the UI thread's work in each pulse of {@code scene} (up to the end of its layout). */
    public void attach(Scene scene) {
        scene.addPostLayoutPulseListener(() -> {
            if (pulseStartWall >= 0) {
                pulseWorkWall.record(System.nanoTime() - pulseStartWall);
                pulseWorkCpu.record(CPU.getCurrentThreadCpuTime() - pulseStartCpu);
                pulseStartWall = -1;
            }
        });
    }

    @Override
    public void start() {
        lastNanos = -1;
        super.start();
    }

    /** Forgets the gaps so far (the next gap is measured from the next pulse). */
    public void reset() {
        lastNanos = -1;
        pulseStartWall = -1;
        gaps.reset();
        pulseWorkCpu.reset();
        pulseWorkWall.reset();
    }

    /** Gaps between consecutive pulses since start or {@link #reset()}. */
    public DurationStats gaps() {
        return gaps;
    }

    /** UI-thread CPU time from the start of a pulse's animations to the end of its layout, per pulse. */
    public DurationStats pulseWorkCpu() {
        return pulseWorkCpu;
    }

    /** Wall time of the same (includes preemption by other threads and processes). */
    public DurationStats pulseWorkWall() {
        return pulseWorkWall;
    }

    /** Longest time between two pulses since start or {@link #reset()}, milliseconds. */
    public double maxGapMillis() {
        return gaps.maxMillis();
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

    /** Gaps measured since start or reset (pulses seen, less one). */
    public long pulses() {
        return gaps.count();
    }
}
