package org.optimusmotion.app.detect;

/**
 * One run of the landmark model, decoded into image pixels. Mutable, reused frame to frame; arrays
 * have fixed shapes:
 * <ul>
 *   <li>{@link #imageXy} {@code (39 × 2)}: landmark positions in image pixels (33 body landmarks, then
 *       MediaPipe's auxiliary points: 33 hip centre and 34 full-body scale point for the next ROI, and
 *       four more);</li>
 *   <li>{@link #depth} {@code (39)}: MediaPipe's relative depth in image pixels (smaller = nearer);</li>
 *   <li>{@link #visibility} {@code (39)}: sigmoid of the visibility logit, in [0, 1];</li>
 *   <li>{@link #world} {@code (33 × 3)}: world landmarks in metres, origin at the hip centre, axes of the
 *       camera image (x right, y down, z away from the camera), already rotated back from the ROI;</li>
 *   <li>{@link #presence}: the pose-presence score in [0, 1] (a pose counts at ≥ 0.5).</li>
 * </ul>
 * Not thread-safe.
 */
public final class LandmarkOutput {

    /** Landmarks the model predicts (33 body + 6 auxiliary). */
    public static final int ALL_LANDMARKS = 39;
    /** Body landmarks (MediaPipe Pose topology). */
    public static final int BODY_LANDMARKS = 33;
    /** Index of the auxiliary hip-centre point. */
    public static final int HIP_CENTER = 33;
    /** Index of the auxiliary full-body scale/rotation point. */
    public static final int SCALE_POINT = 34;

    public final double[] imageXy = new double[2 * ALL_LANDMARKS];
    public final double[] depth = new double[ALL_LANDMARKS];
    public final double[] visibility = new double[ALL_LANDMARKS];
    public final double[] world = new double[3 * BODY_LANDMARKS];
    public double presence;
    /** The ROI the model looked at. */
    public Roi roi;

    /** The ROI for the next frame from the auxiliary alignment points (MediaPipe's landmark-based tracking). */
    public Roi nextRoi() {
        return Roi.fromAlignment(imageXy[2 * HIP_CENTER], imageXy[2 * HIP_CENTER + 1], imageXy[2 * SCALE_POINT],
                imageXy[2 * SCALE_POINT + 1]);
    }

    /** Copies everything from {@code other}. */
    public void copyFrom(LandmarkOutput other) {
        System.arraycopy(other.imageXy, 0, imageXy, 0, imageXy.length);
        System.arraycopy(other.depth, 0, depth, 0, depth.length);
        System.arraycopy(other.visibility, 0, visibility, 0, visibility.length);
        System.arraycopy(other.world, 0, world, 0, world.length);
        presence = other.presence;
        roi = other.roi;
    }
}
