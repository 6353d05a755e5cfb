package org.optimusmotion.physics.reconstruct;

/**
 * Progress of a {@link Reconstructor} run. Called on the reconstructing thread: a UI must copy what it
 * needs and hand it over. Every method has a no-op default, so {@link #NONE} or an anonymous class
 * overriding only what it needs is enough.
 */
public interface ReconstructionListener {

    /** No-op listener. */
    ReconstructionListener NONE = new ReconstructionListener() {
    };

    /** After body fitting and inverse kinematics, before the first window. */
    default void onStarted(int windowCount, int frameCount) {
    }

    /** Before window {@code window} (0-based) covering frames {@code [startFrame, startFrame + frames)}. */
    default void onWindowStarted(int window, int startFrame, int frames) {
    }

    /**
     * After the starting point and every optimizer iteration of a window.
     *
     * @param window             0-based window index
     * @param iteration          optimizer iteration within the window (0 = starting point)
     * @param loss               window loss after the iteration
     * @param windowEvaluations  objective evaluations spent in this window so far
     * @param totalEvaluations   objective evaluations of the whole run so far
     * @param simulatedKeypoints keypoints of the latest rollout, (frames x Keypoint.COUNT x 3), world
     *                           metres, window-local frames; live array, valid only during the call
     */
    default void onIteration(int window, int iteration, double loss, long windowEvaluations, long totalEvaluations,
            double[] simulatedKeypoints) {
    }

    /** After window {@code window} is finished and its frames committed. */
    default void onWindowFinished(int window, WindowTrace trace) {
    }
}
