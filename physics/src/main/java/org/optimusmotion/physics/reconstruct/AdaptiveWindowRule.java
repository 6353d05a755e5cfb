package org.optimusmotion.physics.reconstruct;

import java.util.Arrays;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * The {@link WindowPolicy#ADAPTIVE} rule: a window is at most as long as the time the root (pelvis)
 * needs to travel {@link #MAX_ROOT_TRAVEL_PER_WINDOW_M} horizontally at the clip's fast speed.
 *
 * <p>Why: inside a window the simulated body only follows its controls; a runner whose push-off the
 * optimizer does not find loses speed and falls behind more with every frame, and a window restarts
 * from its predecessor's state. Re-anchoring the state every so many metres bounds that lag
 * (docs/reconstruction.md, "Window policy"). The clip's speed is the {@link #SPEED_PERCENTILE} quantile
 * of the pelvis's horizontal speed on the aligned kinematic track (smoothed over
 * +-{@link #SMOOTHING_RADIUS_FRAMES} frames, central differences), so that a few noisy frames do not
 * set it but the fast part of a clip does.
 *
 * <p>Given the configured longest window W (frames), overlap O and budget (I iterations, E evaluations):
 * <pre>
 *   w = clamp(floor(D * fps / v), min(W, MIN_WINDOW_FRAMES), W)
 *   overlap = clamp(round(O * w / W), min(1, O), w - 2)
 *   iterations, evaluations = I * W / w, E * W / w (rounded up)
 * </pre>
 * The budget scaling keeps the simulated frames per window (evaluations x window length) constant.
 * At 30 fps and D = 0.8 m, the window stays 12 frames up to 2.0 m/s (walking) and is 6 frames at
 * 3.5-4.4 m/s (running). Stateless; thread-safe.
 */
public final class AdaptiveWindowRule {

    /** Longest horizontal root travel per window, metres (D above). */
    public static final double MAX_ROOT_TRAVEL_PER_WINDOW_M = 0.8;
    /** Quantile of the per-frame root speed that sets the clip's speed. */
    public static final double SPEED_PERCENTILE = 0.9;
    /** Shortest window the rule chooses, frames (the shortest one measured on the run case). */
    public static final int MIN_WINDOW_FRAMES = 6;
    /** Frames averaged on each side of a frame before differencing the root position. */
    public static final int SMOOTHING_RADIUS_FRAMES = 2;

    private AdaptiveWindowRule() {
    }

    /**
     * What the rule chose for a clip.
     *
     * @param policy       the configured policy that made the choice
     * @param rootSpeedMps the clip's root speed (the quantile above), m/s; NaN under {@link WindowPolicy#FIXED}
     * @param config       the settings the windows use: policy {@link WindowPolicy#FIXED}, the chosen window,
     *                     overlap and budget, everything else as configured
     */
    public record Choice(WindowPolicy policy, double rootSpeedMps, ReconstructionConfig config) {
        public Choice {
            if (policy == null) {
                throw new IllegalArgumentException("policy must not be null");
            }
            if (config == null || config.windowPolicy() != WindowPolicy.FIXED) {
                throw new IllegalArgumentException("a window choice needs a resolved (FIXED) config, got "
                        + (config == null ? null : config.windowPolicy()));
            }
        }
    }

    /**
     * The windows of a clip under {@code config}'s policy: {@code config} itself (as FIXED) under
     * {@link WindowPolicy#FIXED}, the rule's choice for {@code alignedKinematic}'s root speed otherwise.
     */
    public static Choice choose(ReconstructionConfig config, KeypointSequence3D alignedKinematic) {
        if (config.windowPolicy() == WindowPolicy.FIXED) {
            return new Choice(WindowPolicy.FIXED, Double.NaN, config);
        }
        double speed = rootSpeedMps(alignedKinematic);
        return new Choice(WindowPolicy.ADAPTIVE, speed, forSpeed(config, speed, alignedKinematic.fps()));
    }

    /** The FIXED settings the rule gives {@code config} (the longest window etc.) for a root speed in m/s at {@code fps}. */
    public static ReconstructionConfig forSpeed(ReconstructionConfig config, double rootSpeedMps, double fps) {
        int maxFrames = config.windowFrames();
        int w = windowFrames(rootSpeedMps, fps, maxFrames);
        int maxOverlap = config.overlapFrames();
        int overlap = (int) Math.round((double) maxOverlap * w / maxFrames);
        overlap = Math.max(Math.min(1, maxOverlap), Math.min(overlap, w - 2));
        double scale = (double) maxFrames / w;
        long iterations = (long) Math.ceil(config.maxIterationsPerWindow() * scale);
        long evaluations = (long) Math.ceil(config.maxEvaluationsPerWindow() * scale);
        return config.withWindow(w, overlap).withBudget((int) Math.min(Integer.MAX_VALUE, iterations), evaluations)
                .withWindowPolicy(WindowPolicy.FIXED);
    }

    /**
     * Window length for a root speed: the most frames in which the root travels at most
     * {@link #MAX_ROOT_TRAVEL_PER_WINDOW_M}, within [min(maxFrames, MIN_WINDOW_FRAMES), maxFrames].
     *
     * @throws IllegalArgumentException for a negative or non-finite speed, a non-positive fps or maxFrames < 3
     */
    public static int windowFrames(double rootSpeedMps, double fps, int maxFrames) {
        if (!(rootSpeedMps >= 0) || !Double.isFinite(rootSpeedMps)) {
            throw new IllegalArgumentException("rootSpeedMps = " + rootSpeedMps + " must be finite and >= 0");
        }
        if (!(fps > 0) || !Double.isFinite(fps)) {
            throw new IllegalArgumentException("fps = " + fps + " must be finite and > 0");
        }
        if (maxFrames < 3) {
            throw new IllegalArgumentException("maxFrames = " + maxFrames + " must be >= 3");
        }
        int min = Math.min(maxFrames, MIN_WINDOW_FRAMES);
        if (rootSpeedMps * maxFrames <= MAX_ROOT_TRAVEL_PER_WINDOW_M * fps) {
            return maxFrames;
        }
        int frames = (int) Math.floor(MAX_ROOT_TRAVEL_PER_WINDOW_M * fps / rootSpeedMps);
        return Math.max(min, Math.min(maxFrames, frames));
    }

    /**
     * The {@link #SPEED_PERCENTILE} quantile (linear interpolation) of the pelvis's horizontal speed over
     * the frames where it and its neighbours are valid, m/s; 0 when fewer than two frames qualify.
     */
    public static double rootSpeedMps(KeypointSequence3D track) {
        int frames = track.frameCount();
        int k = Keypoint.PELVIS.ordinal();
        double[] sx = new double[frames];
        double[] sy = new double[frames];
        boolean[] ok = new boolean[frames];
        for (int f = 0; f < frames; f++) {
            double x = 0;
            double y = 0;
            int n = 0;
            for (int g = Math.max(0, f - SMOOTHING_RADIUS_FRAMES); g <= Math.min(frames - 1, f + SMOOTHING_RADIUS_FRAMES); g++) {
                if (track.isValid(g, k) && Double.isFinite(track.get(g, k, 0)) && Double.isFinite(track.get(g, k, 1))) {
                    x += track.get(g, k, 0);
                    y += track.get(g, k, 1);
                    n++;
                }
            }
            ok[f] = n > 0 && track.isValid(f, k);
            sx[f] = n > 0 ? x / n : 0;
            sy[f] = n > 0 ? y / n : 0;
        }
        double[] speeds = new double[frames];
        int count = 0;
        for (int f = 0; f < frames; f++) {
            int a = Math.max(0, f - 1);
            int b = Math.min(frames - 1, f + 1);
            if (a == b || !ok[f] || !ok[a] || !ok[b]) {
                continue;
            }
            speeds[count++] = Math.hypot(sx[b] - sx[a], sy[b] - sy[a]) * track.fps() / (b - a);
        }
        if (count < 2) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(speeds, count);
        Arrays.sort(sorted);
        double pos = SPEED_PERCENTILE * (count - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, count - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
