package org.optimusmotion.app.cli;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long commands (benchmarks, meta-training, reconstruction),
 * so standard output stays clean for results. Thread-safe: workers may call {@link #stepTo} and
 * {@link #message} concurrently.
 */
public final class TerminalProgress implements AutoCloseable {

    private final ProgressBar bar;

    private TerminalProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** Starts a bar with {@code total} units of work. */
    public static TerminalProgress start(String task, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        bar.setExtraMessage("");
        return new TerminalProgress(bar);
    }

    /** Sets the completed units. */
    public synchronized void stepTo(long done) {
        bar.stepTo(done);
    }

    /** Adds one completed unit. */
    public synchronized void step() {
        bar.step();
    }

    /** Short text shown after the bar (latest wins). */
    public synchronized void message(String text) {
        bar.setExtraMessage(text);
    }

    /** Elapsed time since the bar started. */
    public Duration elapsed() {
        return bar.getTotalElapsed();
    }

    @Override
    public synchronized void close() {
        bar.close();
    }
}
