package org.optimusmotion.app.detect;

/**
 * Keeps the body's left and right sides from swapping between frames. From a single view the model
 * sometimes takes the front for the back for a few frames and exchanges all left and right labels
 * (measured on Pose2Sim view 2); a real turn moves the limbs continuously instead. So when this
 * frame's landmarks with left and right exchanged lie closer to the previous frame's than as they
 * are (sum of distances over the 22 limb landmarks 11–32), the labels are exchanged back: image
 * positions, visibilities and world landmarks (a mirrored depth estimate, the model's own). The
 * first frame after a gap is taken as it is. Allocation-free; not thread-safe.
 */
public final class LeftRightConsistency {

    /** First landmark compared (left shoulder); MediaPipe's left landmarks are odd from here on. */
    static final int FIRST = 11;

    private final double[] previous = new double[2 * LandmarkOutput.BODY_LANDMARKS];
    private boolean hasPrevious;
    private int swaps;

    /** Exchanges left and right in {@code out} if that matches the previous frame better; call once per found frame. */
    public void apply(LandmarkOutput out) {
        if (hasPrevious && swappedFitsBetter(out.imageXy)) {
            swap(out);
            swaps++;
        }
        System.arraycopy(out.imageXy, 0, previous, 0, previous.length);
        hasPrevious = true;
    }

    /** Forget the previous frame (no person in this one). */
    public void reset() {
        hasPrevious = false;
    }

    /** Frames whose labels were exchanged so far. */
    public int swaps() {
        return swaps;
    }

    private boolean swappedFitsBetter(double[] xy) {
        double straight = 0;
        double exchanged = 0;
        for (int k = FIRST; k < LandmarkOutput.BODY_LANDMARKS; k++) {
            int other = partner(k);
            straight += Math.hypot(xy[2 * k] - previous[2 * k], xy[2 * k + 1] - previous[2 * k + 1]);
            exchanged += Math.hypot(xy[2 * other] - previous[2 * k], xy[2 * other + 1] - previous[2 * k + 1]);
        }
        return exchanged < straight;
    }

    /** The same landmark on the other side: 1↔4, 2↔5, 3↔6, then odd↔even pairs (7↔8, ..., 31↔32); 0 (nose) itself. */
    static int partner(int k) {
        if (k == 0) {
            return 0;
        }
        if (k <= 6) {
            return k <= 3 ? k + 3 : k - 3;
        }
        return k % 2 == 1 ? k + 1 : k - 1;
    }

    static void swap(LandmarkOutput out) {
        for (int k = 1; k < LandmarkOutput.BODY_LANDMARKS; k++) {
            int other = partner(k);
            if (other <= k) {
                continue;
            }
            exchange(out.imageXy, 2 * k, 2 * other, 2);
            exchange(out.depth, k, other, 1);
            exchange(out.visibility, k, other, 1);
            exchange(out.world, 3 * k, 3 * other, 3);
        }
    }

    private static void exchange(double[] a, int i, int j, int n) {
        for (int c = 0; c < n; c++) {
            double t = a[i + c];
            a[i + c] = a[j + c];
            a[j + c] = t;
        }
    }
}
