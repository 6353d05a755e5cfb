package org.optimusmotion.app.gui.task;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a worker thread to the UI thread at most once per {@code minIntervalMillis}
 * (50 ms = 20 Hz by default): {@link #offer} stores the newest value and schedules one delivery if
 * none is pending; the delivery takes whatever is newest then. Intermediate values are dropped, the
 * last one never is. Thread-safe; the consumer runs on the UI thread.
 *
 * @param <T> the value type
 */
public final class LatestWins<T> {

    /** Default interval between deliveries: 20 Hz, what the eye needs for progress and a moving body. */
    public static final long DEFAULT_INTERVAL_MILLIS = 50;

    private final TaskExecutor executor;
    private final Consumer<T> consumer;
    private final long minIntervalMillis;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastDeliveryMillis;

    public LatestWins(TaskExecutor executor, Consumer<T> consumer) {
        this(executor, consumer, DEFAULT_INTERVAL_MILLIS);
    }

    public LatestWins(TaskExecutor executor, Consumer<T> consumer, long minIntervalMillis) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        if (minIntervalMillis < 0) {
            throw new IllegalArgumentException("minIntervalMillis must be >= 0, got " + minIntervalMillis);
        }
        this.minIntervalMillis = minIntervalMillis;
    }

    /** Offers a value from any thread. */
    public void offer(T value) {
        latest.set(Objects.requireNonNull(value, "value"));
        if (scheduled.compareAndSet(false, true)) {
            long wait = lastDeliveryMillis + minIntervalMillis - System.currentTimeMillis();
            executor.runOnUiAfter(this::deliver, Math.max(0, wait));
        }
    }

    private void deliver() {
        // Clear the flag first: a value offered from now on schedules its own delivery.
        scheduled.set(false);
        lastDeliveryMillis = System.currentTimeMillis();
        T value = latest.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
