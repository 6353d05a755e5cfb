package org.optimusmotion.app.cli;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.ReconstructionInput;
import org.optimusmotion.physics.reconstruct.ReconstructionListener;
import org.optimusmotion.physics.reconstruct.ReconstructionResult;
import org.optimusmotion.physics.reconstruct.Reconstructor;
import org.optimusmotion.physics.reconstruct.WindowTrace;

/**
 * Runs reconstructions with a progress bar and Ctrl-C handling: a shutdown hook raises the
 * cancellation flag and waits (up to {@link #SHUTDOWN_WAIT_SECONDS}) until the command has written
 * what was finished.
 */
final class ReconstructionRunner implements AutoCloseable {

    /** How long the shutdown hook waits for the outputs of finished windows to be written. */
    static final long SHUTDOWN_WAIT_SECONDS = 60;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    ReconstructionRunner() {
        hook = new Thread(() -> {
            cancelled.set(true);
            try {
                written.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reconstruction-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether Ctrl-C (or another shutdown) asked to stop. */
    boolean cancelled() {
        return cancelled.get();
    }

    /** Reconstructs with a progress bar of windows on standard error. */
    ReconstructionResult run(ReconstructionInput input, ReconstructionConfig config, Optimizer optimizer, String label) {
        // The window count is known once the window policy has seen the aligned track (onStarted).
        TerminalProgress[] progress = new TerminalProgress[1];
        try {
            ReconstructionListener listener = new ReconstructionListener() {
                @Override
                public void onStarted(int windowCount, int frameCount) {
                    progress[0] = TerminalProgress.start("reconstruct " + label, windowCount);
                }

                @Override
                public void onIteration(int window, int iteration, double loss, long windowEvaluations,
                        long totalEvaluations, double[] simulatedKeypoints) {
                    progress[0].message(String.format(Locale.ROOT, "loss %.3g, %d ev", loss,
                            totalEvaluations));
                }

                @Override
                public void onWindowFinished(int window, WindowTrace trace) {
                    progress[0].stepTo(window + 1);
                }
            };
            return new Reconstructor(config).run(input, optimizer, listener, cancelled::get);
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
    }

    /** Releases a waiting shutdown hook (outputs are written) and removes it if the JVM is not shutting down. */
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
