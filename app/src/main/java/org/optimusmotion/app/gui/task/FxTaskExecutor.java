package org.optimusmotion.app.gui.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The app's executor: work on a pool of daemon threads ("optimus-task-N"), callbacks on the JavaFX
 * application thread through {@link Platform#runLater}. Thread-safe.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile long longestUiActionNanos;
    private volatile long longestUiActionCpuNanos;
    private final DurationStats uiActionWall = new DurationStats();
    private final DurationStats uiActionCpu = new DurationStats();

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newCachedThreadPool(r -> daemon(r, "optimus-task-" + count.incrementAndGet()));
        timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "optimus-ui-timer"));
    }

    @Override
    public <T> Future<?> execute(BackgroundTask<T> task) {
        try {
            return workers.submit(() -> task.run(this));
        } catch (RejectedExecutionException e) {
            // Closed while the app shuts down: late work (metrics of a cancelled fit) is dropped.
            return CompletableFuture.completedFuture(null);
        }
    }

    @Override
    public void runOnUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            timed(action);
        } else {
            Platform.runLater(() -> timed(action));
        }
    }

    /**
     * Runs a UI action and remembers the longest one, in wall time and in CPU time of the UI thread: the
     * app's own share of blocking the UI thread (on a loaded machine wall time also counts preemption).
     */
    private void timed(Runnable action) {
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        try {
            action.run();
        } finally {
            long took = System.nanoTime() - start;
            long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
            uiActionWall.record(took);
            uiActionCpu.record(cpu);
            if (took > longestUiActionNanos) {
                longestUiActionNanos = took;
            }
            if (cpu > longestUiActionCpuNanos) {
                longestUiActionCpuNanos = cpu;
            }
        }
    }

    /** Longest CPU time of a single UI-thread callback since creation or {@link #resetStatistics()}, ms. */
    public double longestUiActionCpuMillis() {
        return longestUiActionCpuNanos * 1e-6;
    }

    /** Longest single UI-thread callback run through this executor since creation or {@link #resetStatistics()}, ms. */
    public double longestUiActionMillis() {
        return longestUiActionNanos * 1e-6;
    }

    /** Wall time of every UI-thread callback since creation or {@link #resetStatistics()}. */
    public DurationStats uiActionWallStats() {
        return uiActionWall;
    }

    /** CPU time of the UI thread in every callback since creation or {@link #resetStatistics()}. */
    public DurationStats uiActionCpuStats() {
        return uiActionCpu;
    }

    public void resetStatistics() {
        longestUiActionNanos = 0;
        longestUiActionCpuNanos = 0;
        uiActionWall.reset();
        uiActionCpu.reset();
    }

    @Override
    public void runOnUiAfter(Runnable action, long delayMillis) {
        if (delayMillis <= 0) {
            Platform.runLater(() -> timed(action));
        } else {
            try {
                timer.schedule(() -> Platform.runLater(() -> timed(action)), delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // Closed: the UI is going away.
            }
        }
    }

    @Override
    public boolean isUiThread() {
        return Platform.isFxApplicationThread();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
