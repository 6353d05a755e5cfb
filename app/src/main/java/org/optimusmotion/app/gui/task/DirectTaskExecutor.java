package org.optimusmotion.app.gui.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Runs everything at once on the calling thread, which counts as the UI thread: work, callbacks and
 * delayed actions (delays are ignored). For ViewModel tests, which become deterministic; not for
 * production (a fit would freeze the window).
 */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public <T> Future<?> execute(BackgroundTask<T> task) {
        task.run(this);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void runOnUiAfter(Runnable action, long delayMillis) {
        action.run();
    }

    @Override
    public boolean isUiThread() {
        return true;
    }

    @Override
    public void close() {
    }
}
