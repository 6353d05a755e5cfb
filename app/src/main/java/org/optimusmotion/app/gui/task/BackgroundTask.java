package org.optimusmotion.app.gui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A piece of background work with UI-thread callbacks, built fluently:
 * {@code BackgroundTask.wrap(() -> load(path)).onSuccess(vm::show).onFailure(vm::report).executeWith(executor)}.
 * Immutable: each {@code on...} returns a new task.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    private final Callable<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<Throwable> onFailure;

    private BackgroundTask(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        this.work = Objects.requireNonNull(work, "work");
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
    }

    /** A task that runs {@code work} and ignores its result and failures until told otherwise. */
    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work, result -> { }, failure -> { });
    }

    /** Called on the UI thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        return new BackgroundTask<>(work, Objects.requireNonNull(callback), onFailure);
    }

    /** Called on the UI thread with what the work threw. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        return new BackgroundTask<>(work, onSuccess, Objects.requireNonNull(callback));
    }

    /** Starts the task. */
    public Future<?> executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    /** Runs the work on the calling thread and delivers the outcome through {@code executor}'s UI thread. */
    void run(TaskExecutor executor) {
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            executor.runOnUi(() -> onFailure.accept(t));
            return;
        }
        executor.runOnUi(() -> onSuccess.accept(result));
    }
}
