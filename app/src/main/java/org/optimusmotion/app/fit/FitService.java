package org.optimusmotion.app.fit;

/**
 * Fits the simulated body to a {@link MotionCase}. The seam between the app and the reconstruction:
 * the app only sees this interface, so {@link ReconstructionFitService}, {@link KinematicFitService},
 * {@link RolloutFitService} and any later method are interchangeable.
 *
 * <p>Implementations are thread-safe: one service runs several fits at once (compare mode), each on
 * its own thread with its own workspaces.
 */
public interface FitService {

    /**
     * Runs a fit on the calling thread until the budget is spent, it converges, or {@code control}
     * cancels it; reports to {@code listener} on this thread and honours pauses at
     * {@link FitControl#checkpoint()}.
     *
     * @return the best body found (also when cancelled)
     * @throws FitException when the case lacks what this service needs (message for the user)
     */
    FitResult fit(FitRequest request, FitListener listener, FitControl control) throws FitException;

    /** One line saying what is fitted, shown in the window, e.g. "whole clip against the 3D input track". */
    String describe();
}
