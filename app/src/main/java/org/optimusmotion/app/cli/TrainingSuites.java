package org.optimusmotion.app.cli;

import org.optimusmotion.optimizer.meta.FunctionSuiteTasks;
import org.optimusmotion.optimizer.meta.TaskSampler;

/** The meta-training task distributions selectable with {@code --suite}. */
final class TrainingSuites {

    private TrainingSuites() {
    }

    /** The 15 shifted test functions at training dimensions 2–100. */
    static TaskSampler functions() {
        return FunctionSuiteTasks.training();
    }
}
