package org.optimusmotion.app.detect;

/**
 * Temporal smoothing of the body landmarks with {@link OneEuroFilter}s, MediaPipe's settings
 * ({@code pose_landmark_filtering.pbtxt}: min cutoff 0.1 Hz, β 40, derivative cutoff 1 Hz): image
 * positions with speeds in object sizes per second (value scale 1 / object size, the object size being
 * the mean of the width and height of the landmarks' bounding box, as in MediaPipe's
 * {@code LandmarksSmoothingCalculator}), world landmarks with speeds in metres per second. Allocation-free; not thread-safe.
 */
public final class LandmarkSmoother {

    public static final double MIN_CUTOFF_HZ = 0.1;
    public static final double BETA = 40;
    public static final double DERIVATIVE_CUTOFF_HZ = 1;

    private final OneEuroFilter image = new OneEuroFilter(2 * LandmarkOutput.BODY_LANDMARKS, MIN_CUTOFF_HZ, BETA,
            DERIVATIVE_CUTOFF_HZ);
    private final OneEuroFilter world = new OneEuroFilter(3 * LandmarkOutput.BODY_LANDMARKS, MIN_CUTOFF_HZ, BETA,
            DERIVATIVE_CUTOFF_HZ);
    private final double[] xy = new double[2 * LandmarkOutput.BODY_LANDMARKS];
    private final double dtSeconds;

    /** @param fps frame rate of the video, > 0 */
    public LandmarkSmoother(double fps) {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be > 0, got " + fps);
        }
        this.dtSeconds = 1 / fps;
    }

    /** Smooths the body landmarks of {@code out} in place (image positions and world landmarks). */
    public void smooth(LandmarkOutput out) {
        System.arraycopy(out.imageXy, 0, xy, 0, xy.length);
        image.filter(xy, dtSeconds, 1 / objectSizePx(out.imageXy));
        System.arraycopy(xy, 0, out.imageXy, 0, xy.length);
        world.filter(out.world, dtSeconds, 1);
    }

    /** Mean of width and height of the body landmarks' bounding box, pixels (at least 1). */
    static double objectSizePx(double[] imageXy) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < LandmarkOutput.BODY_LANDMARKS; k++) {
            minX = Math.min(minX, imageXy[2 * k]);
            maxX = Math.max(maxX, imageXy[2 * k]);
            minY = Math.min(minY, imageXy[2 * k + 1]);
            maxY = Math.max(maxY, imageXy[2 * k + 1]);
        }
        return Math.max(1, 0.5 * ((maxX - minX) + (maxY - minY)));
    }

    /** Starts afresh (after frames without a person). */
    public void reset() {
        image.reset();
        world.reset();
    }
}
