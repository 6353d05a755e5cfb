package org.optimusmotion.physics.reconstruct;

import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Stance/swing labels of the foot keypoints (ankles, toes) read off a kinematic 3D track, for the
 * foot-contact terms of {@link ReconstructionProblem}.
 *
 * <p>The track is first smoothed with a centred moving average of {@link #SMOOTHING_RADIUS_FRAMES}
 * frames each side (detector noise alone moves a keypoint faster than the speed threshold). A foot
 * keypoint is in <b>stance</b> at frame f when its smoothed height is within {@link #STANCE_HEIGHT_M}
 * of its own lowest smoothed height over the track and its smoothed horizontal speed (central
 * difference) is below {@link #STANCE_SPEED_M_PER_S}; it is in <b>swing</b> when its smoothed speed is
 * above {@link #SWING_SPEED_M_PER_S}; otherwise the label is <b>unknown</b> (no term: noisy tracks miss
 * stance phases, and pushing a standing foot up costs more than the skate it prevents). The ground is
 * the lowest smoothed foot keypoint height. Stateless; thread-safe.
 *
 * @param stance (frames x Keypoint.COUNT): 1 stance, 0 swing, -1 unknown; -1 for non-foot keypoints and
 *               invalid frames
 * @param smoothedZ smoothed kinematic height of each foot keypoint, (frames x Keypoint.COUNT), world metres;
 *                  +infinity for non-foot keypoints and invalid frames (a swing foot need not clear more than this)
 * @param groundZ lowest smoothed foot keypoint height, world metres
 */
public record FootContactLabels(double[] stance, double[] smoothedZ, double groundZ) {

    /** Frames averaged on each side of a frame before labelling. */
    public static final int SMOOTHING_RADIUS_FRAMES = 2;
    /** Height above a keypoint's lowest level below which it can be in stance, metres. */
    public static final double STANCE_HEIGHT_M = 0.05;
    /** Horizontal speed below which a low keypoint is in stance, m/s (the foot-skate threshold). */
    public static final double STANCE_SPEED_M_PER_S = 0.5;
    /** Horizontal speed above which a foot keypoint is in swing, m/s. */
    public static final double SWING_SPEED_M_PER_S = 1.0;
    /** Label value of a stance frame. */
    public static final double STANCE = 1;
    /** Label value of a swing frame. */
    public static final double SWING = 0;
    /** Label value of a frame without a confident label. */
    public static final double UNKNOWN = -1;

    /** Ankle and toe keypoints, the ones the foot-skate metric looks at. */
    static final int[] FOOT = {Keypoint.LEFT_ANKLE.ordinal(), Keypoint.LEFT_TOE.ordinal(),
            Keypoint.RIGHT_ANKLE.ordinal(), Keypoint.RIGHT_TOE.ordinal()};

    /** Labels of every frame of {@code kinematic}; a track without valid foot keypoints gets all-unknown labels and ground 0. */
    public static FootContactLabels of(KeypointSequence3D kinematic) {
        int frames = kinematic.frameCount();
        int kc = Keypoint.COUNT;
        double[] stance = new double[frames * kc];
        java.util.Arrays.fill(stance, UNKNOWN);
        double[] smoothedZ = new double[frames * kc];
        java.util.Arrays.fill(smoothedZ, Double.POSITIVE_INFINITY);
        double[] smooth = new double[frames * 3];
        boolean[] ok = new boolean[frames];
        double ground = Double.POSITIVE_INFINITY;
        double[][] smoothed = new double[FOOT.length][];
        boolean[][] valid = new boolean[FOOT.length][];
        for (int j = 0; j < FOOT.length; j++) {
            int k = FOOT[j];
            for (int f = 0; f < frames; f++) {
                double sx = 0;
                double sy = 0;
                double sz = 0;
                int n = 0;
                for (int g = Math.max(0, f - SMOOTHING_RADIUS_FRAMES); g <= Math.min(frames - 1, f + SMOOTHING_RADIUS_FRAMES); g++) {
                    if (kinematic.isValid(g, k) && Double.isFinite(kinematic.get(g, k, 2))) {
                        sx += kinematic.get(g, k, 0);
                        sy += kinematic.get(g, k, 1);
                        sz += kinematic.get(g, k, 2);
                        n++;
                    }
                }
                ok[f] = n > 0 && kinematic.isValid(f, k);
                if (ok[f]) {
                    smooth[3 * f] = sx / n;
                    smooth[3 * f + 1] = sy / n;
                    smooth[3 * f + 2] = sz / n;
                    ground = Math.min(ground, sz / n);
                }
            }
            smoothed[j] = smooth.clone();
            valid[j] = ok.clone();
        }
        if (Double.isInfinite(ground)) {
            return new FootContactLabels(stance, smoothedZ, 0.0);
        }
        double dt = 1.0 / kinematic.fps();
        for (int j = 0; j < FOOT.length; j++) {
            double[] s = smoothed[j];
            boolean[] v = valid[j];
            double low = Double.POSITIVE_INFINITY;
            for (int f = 0; f < frames; f++) {
                if (v[f]) {
                    low = Math.min(low, s[3 * f + 2]);
                }
            }
            for (int f = 0; f < frames; f++) {
                if (v[f]) {
                    smoothedZ[f * kc + FOOT[j]] = s[3 * f + 2];
                }
                int a = Math.max(0, f - 1);
                int b = Math.min(frames - 1, f + 1);
                if (!v[f] || !v[a] || !v[b] || a == b) {
                    continue;
                }
                double speed = Math.hypot(s[3 * b] - s[3 * a], s[3 * b + 1] - s[3 * a + 1]) / ((b - a) * dt);
                boolean low5 = s[3 * f + 2] - low < STANCE_HEIGHT_M;
                stance[f * kc + FOOT[j]] = low5 && speed < STANCE_SPEED_M_PER_S ? STANCE
                        : speed > SWING_SPEED_M_PER_S ? SWING : UNKNOWN;
            }
        }
        return new FootContactLabels(stance, smoothedZ, ground);
    }

    /** Fraction of foot keypoint frames labelled stance, in [0, 1] (for reports). */
    public double stanceFraction() {
        int frames = stance.length / Keypoint.COUNT;
        int n = 0;
        for (int f = 0; f < frames; f++) {
            for (int k : FOOT) {
                n += stance[f * Keypoint.COUNT + k] > 0 ? 1 : 0;
            }
        }
        return frames == 0 ? 0 : n / (double) (frames * FOOT.length);
    }
}
