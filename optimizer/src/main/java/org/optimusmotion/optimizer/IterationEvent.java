package org.optimusmotion.optimizer;

/**
 * One entry of the event stream that the command line's progress bar and the GUI's live plots both
 * consume.
 *
 * @param iteration      completed iterations (0 = the starting point)
 * @param loss           objective value at the current iterate
 * @param evaluations    objective evaluations so far
 * @param elapsedSeconds wall time since the run started
 */
public record IterationEvent(int iteration, double loss, long evaluations, double elapsedSeconds) {
}
