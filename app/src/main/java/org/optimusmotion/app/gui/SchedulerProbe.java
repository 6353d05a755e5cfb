package org.optimusmotion.app.gui;

import org.optimusmotion.app.gui.task.DurationStats;

/**
 * The control experiment for UI responsiveness: a plain daemon thread that sleeps
 * {@value #PERIOD_MILLIS} ms (one display frame) in a loop and records how long each sleep really
 * took. It does no work, so its long gaps are the operating system's scheduling delays on this machine
 * at this load, which the JavaFX threads suffer just the same. Start, read, then {@link #close()}.
 */
public final class SchedulerProbe implements AutoCloseable {

    /** Sleep per iteration, milliseconds (a 60 Hz frame). */
    public static final long PERIOD_MILLIS = 16;

    private final DurationStats wakeups = new DurationStats();
    private final Thread thread;
    private volatile boolean running = true;

    private SchedulerProbe() {
        thread = new Thread(this::loop, "optimus-scheduler-probe");
        thread.setDaemon(true);
    }

    /** A started probe. */
    public static SchedulerProbe start() {
        SchedulerProbe p = new SchedulerProbe();
        p.thread.start();
        return p;
    }

    private void loop() {
        while (running) {
            long t0 = System.nanoTime();
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            wakeups.record(System.nanoTime() - t0);
        }
    }

    /** Real length of each sleep of {@value #PERIOD_MILLIS} ms. */
    public DurationStats sleeps() {
        return wakeups;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
