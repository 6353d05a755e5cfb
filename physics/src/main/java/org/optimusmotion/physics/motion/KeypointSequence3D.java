package org.optimusmotion.physics.motion;

import java.util.Arrays;
import org.optimusmotion.physics.model.Keypoint;

/**
 * A 3D keypoint track: {@code frameCount} frames of the {@link Keypoint#COUNT} canonical keypoints,
 * world positions in metres (see the package doc for the frame), sampled at {@code fps}.
 *
 * <p>Layout: {@code positions} is flat {@code (frameCount × Keypoint.COUNT × 3)}, index
 * {@code (f * Keypoint.COUNT + k) * 3 + axis}; {@code valid} is {@code (frameCount × Keypoint.COUNT)}.
 * Invalid keypoints (missing in the source) hold 0 and are skipped by metrics. Valid keypoints are
 * finite; construction rejects NaN or infinite values at valid entries.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out, except by the {@code ...Ref()}
 * accessors, which return the internal arrays for reading only.
 */
public final class KeypointSequence3D {

    private static final int K = Keypoint.COUNT;

    private final double fps;
    private final int frameCount;
    private final double[] positions;
    private final boolean[] valid;

    /**
     * @param fps       frames per second, finite and > 0
     * @param positions {@code (frames × 19 × 3)} metres; copied
     * @param valid     {@code (frames × 19)} validity; copied; {@code null} means all valid
     * @throws IllegalArgumentException on wrong lengths, bad fps, or non-finite valid values (the
     *                                  message names frame and keypoint)
     */
    public KeypointSequence3D(double fps, double[] positions, boolean[] valid) {
        this(fps, positions.clone(), valid == null ? allTrue(positions.length / 3) : valid.clone(), true);
    }

    private KeypointSequence3D(double fps, double[] positions, boolean[] valid, boolean owned) {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be finite and > 0, got " + fps);
        }
        if (positions.length % (K * 3) != 0) {
            throw new IllegalArgumentException("positions length " + positions.length
                    + " is not a multiple of " + (K * 3) + " (19 keypoints × 3)");
        }
        this.frameCount = positions.length / (K * 3);
        if (valid.length != frameCount * K) {
            throw new IllegalArgumentException("valid length " + valid.length + " != frames × 19 = "
                    + (frameCount * K));
        }
        for (int i = 0; i < valid.length; i++) {
            if (!valid[i]) {
                positions[3 * i] = 0;
                positions[3 * i + 1] = 0;
                positions[3 * i + 2] = 0;
                continue;
            }
            for (int a = 0; a < 3; a++) {
                if (!Double.isFinite(positions[3 * i + a])) {
                    throw new IllegalArgumentException("frame " + (i / K) + " keypoint "
                            + Keypoint.values()[i % K].fileName() + ": non-finite coordinate "
                            + positions[3 * i + a]);
                }
            }
        }
        this.fps = fps;
        this.positions = positions;
        this.valid = valid;
    }

    /** A track with every keypoint valid. */
    public static KeypointSequence3D allValid(double fps, double[] positions) {
        return new KeypointSequence3D(fps, positions, null);
    }

    private static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    /** Frames per second. */
    public double fps() {
        return fps;
    }

    /** Number of frames. */
    public int frameCount() {
        return frameCount;
    }

    /** Duration in seconds, {@code frameCount / fps}. */
    public double durationSeconds() {
        return frameCount / fps;
    }

    /** Coordinate {@code axis} (0 = x, 1 = y, 2 = z) of keypoint {@code k} at frame {@code f}, metres. */
    public double get(int f, int k, int axis) {
        return positions[(f * K + k) * 3 + axis];
    }

    /** Coordinate of a keypoint, metres. */
    public double get(int f, Keypoint k, int axis) {
        return get(f, k.ordinal(), axis);
    }

    /** Whether keypoint {@code k} is present at frame {@code f}. */
    public boolean isValid(int f, int k) {
        return valid[f * K + k];
    }

    /** Copy of the positions, {@code (frames × 19 × 3)} metres. */
    public double[] positions() {
        return positions.clone();
    }

    /** The internal positions array; read only, do not modify. */
    public double[] positionsRef() {
        return positions;
    }

    /** Copy of the validity mask, {@code (frames × 19)}. */
    public boolean[] valid() {
        return valid.clone();
    }

    /** The internal validity mask; read only, do not modify. */
    public boolean[] validRef() {
        return valid;
    }

    /** Frames {@code [from, to)} as a new track. */
    public KeypointSequence3D slice(int from, int to) {
        if (from < 0 || to > frameCount || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") outside 0.." + frameCount);
        }
        return new KeypointSequence3D(fps, Arrays.copyOfRange(positions, from * K * 3, to * K * 3),
                Arrays.copyOfRange(valid, from * K, to * K), true);
    }

    /**
     * Resamples to {@code targetFps} by linear interpolation in time. Output frame {@code i} is at
     * time {@code i / targetFps}; frames past the last input time are dropped, so the duration never
     * grows. An output keypoint is valid only if both input samples around it are valid (or the time
     * falls exactly on a valid input frame).
     */
    public KeypointSequence3D resample(double targetFps) {
        if (!(targetFps > 0) || Double.isInfinite(targetFps)) {
            throw new IllegalArgumentException("targetFps must be finite and > 0, got " + targetFps);
        }
        if (frameCount == 0) {
            return new KeypointSequence3D(targetFps, new double[0], new boolean[0], true);
        }
        int n = Resampling.outputFrames(frameCount, fps, targetFps);
        double[] out = new double[n * K * 3];
        boolean[] outValid = new boolean[n * K];
        for (int i = 0; i < n; i++) {
            double src = i * fps / targetFps;
            int f0 = Math.min(Resampling.floorFrame(src), frameCount - 1);
            int f1 = Math.min(f0 + 1, frameCount - 1);
            double w = Resampling.snap(src - f0);
            for (int k = 0; k < K; k++) {
                boolean v0 = valid[f0 * K + k];
                boolean v1 = valid[f1 * K + k];
                boolean ok = w == 0 ? v0 : (v0 && v1);
                outValid[i * K + k] = ok;
                if (!ok) {
                    continue;
                }
                for (int a = 0; a < 3; a++) {
                    double p0 = positions[(f0 * K + k) * 3 + a];
                    double p1 = positions[(f1 * K + k) * 3 + a];
                    out[(i * K + k) * 3 + a] = w == 0 ? p0 : p0 + w * (p1 - p0);
                }
            }
        }
        return new KeypointSequence3D(targetFps, out, outValid, true);
    }
}
