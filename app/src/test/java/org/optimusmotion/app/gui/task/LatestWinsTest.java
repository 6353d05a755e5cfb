package org.optimusmotion.app.gui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    /** A UI thread simulated by a queue that the test drains by hand. */
    private static final class QueueExecutor implements TaskExecutor {
        final Queue<Runnable> ui = new ArrayDeque<>();

        @Override
        public <T> Future<?> execute(BackgroundTask<T> task) {
            task.run(this);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void runOnUi(Runnable action) {
            ui.add(action);
        }

        @Override
        public void runOnUiAfter(Runnable action, long delayMillis) {
            ui.add(action);
        }

        @Override
        public boolean isUiThread() {
            return false;
        }

        @Override
        public void close() {
        }

        void drain() {
            Runnable r;
            while ((r = ui.poll()) != null) {
                r.run();
            }
        }
    }

    @Test
    void aBurstBecomesOneDeliveryOfTheNewestValue() {
        QueueExecutor executor = new QueueExecutor();
        List<Integer> delivered = new ArrayList<>();
        LatestWins<Integer> throttle = new LatestWins<>(executor, delivered::add);
        for (int i = 0; i < 1000; i++) {
            throttle.offer(i);
        }
        assertEquals(1, executor.ui.size(), "one delivery scheduled for the whole burst");
        executor.drain();
        assertEquals(List.of(999), delivered);
    }

    @Test
    void aValueOfferedAfterADeliveryIsNeverLost() {
        QueueExecutor executor = new QueueExecutor();
        List<Integer> delivered = new ArrayList<>();
        LatestWins<Integer> throttle = new LatestWins<>(executor, delivered::add, 0);
        throttle.offer(1);
        executor.drain();
        throttle.offer(2);
        throttle.offer(3);
        executor.drain();
        assertEquals(List.of(1, 3), delivered);
        assertTrue(executor.ui.isEmpty());
    }
}
