package org.optimusmotion.optimizer.meta;

/**
 * Bookkeeping of a particle's current inner episode, shared by its + and − copies. Mutable.
 */
public final class Episode {

    /** Seed the task and episode length were drawn from (re-creates the task on resume). */
    long taskKey;
    /** The task. */
    TrainingTask task;
    /** Inner steps taken in this episode (may start above 0: random initial offset). */
    int step;
    /** Episode length T. */
    int length;
    /** Objective at the task's start point (meta-loss normaliser). */
    double f0;
    /** The episode ended; the next inner step resets to a new task. */
    boolean done;

    public TrainingTask task() {
        return task;
    }

    public int step() {
        return step;
    }

    public int length() {
        return length;
    }
}
