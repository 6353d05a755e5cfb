package org.optimusmotion.physics.motion;

import java.util.Arrays;
import org.optimusmotion.physics.model.Keypoint;

/**
 * A 2D keypoint track: {@code frameCount} frames of the {@link Keypoint#COUNT} canonical keypoints in
 * image pixels (origin at the top-left corner of the top-left pixel, x right, y down) with a detector
 * confidence in [0, 1] per keypoint, sampled at {@code fps}, for images of {@code imageWidth ×
 * imageHeight} pixels.
 *
 * <p>Layout: {@code xy} is flat {@code (frameCount × Keypoint.COUNT × 2)}, index
 * {@code (f * Keypoint.COUNT + k) * 2 + axis}; {@code confidence} is {@code (frameCount ×
 * Keypoint.COUNT)}. A missing keypoint has confidence 0 and coordinates 0. Keypoints with confidence
 * > 0 have finite coordinates.
 *
 * <p>Immutable and thread-safe; {@code ...Ref()} accessors return internal arrays for reading only.
 */
public final class KeypointSequence2D {

    private static final int K = Keypoint.COUNT;

    private final double fps;
    private final int frameCount;
    private final int imageWidth;
    private final int imageHeight;
    private final double[] xy;
    private final double[] confidence;

    /**
     * @param fps         frames per second, finite and > 0
     * @param imageWidth  image width in pixels, > 0 (0 if unknown)
     * @param imageHeight image height in pixels, > 0 (0 if unknown)
     * @param xy          {@code (frames × 19 × 2)} pixels; copied
     * @param confidence  {@code (frames × 19)} in [0, 1]; copied
     * @throws IllegalArgumentException on wrong lengths or out-of-range values (naming frame and keypoint)
     */
    public KeypointSequence2D(double fps, int imageWidth, int imageHeight, double[] xy, double[] confidence) {
        this(fps, imageWidth, imageHeight, xy.clone(), confidence.clone(), true);
    }

    private KeypointSequence2D(double fps, int imageWidth, int imageHeight, double[] xy, double[] confidence,
                               boolean owned) {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be finite and > 0, got " + fps);
        }
        if (imageWidth < 0 || imageHeight < 0) {
            throw new IllegalArgumentException("image size must be >= 0, got " + imageWidth + "x" + imageHeight);
        }
        if (xy.length % (K * 2) != 0) {
            throw new IllegalArgumentException("xy length " + xy.length + " is not a multiple of "
                    + (K * 2) + " (19 keypoints × 2)");
        }
        this.frameCount = xy.length / (K * 2);
        if (confidence.length != frameCount * K) {
            throw new IllegalArgumentException("confidence length " + confidence.length
                    + " != frames × 19 = " + (frameCount * K));
        }
        for (int i = 0; i < confidence.length; i++) {
            double c = confidence[i];
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("frame " + (i / K) + " keypoint "
                        + Keypoint.values()[i % K].fileName() + ": confidence " + c + " outside [0, 1]");
            }
            if (c == 0) {
                xy[2 * i] = 0;
                xy[2 * i + 1] = 0;
            } else if (!Double.isFinite(xy[2 * i]) || !Double.isFinite(xy[2 * i + 1])) {
                throw new IllegalArgumentException("frame " + (i / K) + " keypoint "
                        + Keypoint.values()[i % K].fileName() + ": non-finite pixel coordinate");
            }
        }
        this.fps = fps;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.xy = xy;
        this.confidence = confidence;
    }

    /** Frames per second. */
    public double fps() {
        return fps;
    }

    /** Number of frames. */
    public int frameCount() {
        return frameCount;
    }

    /** Image width in pixels (0 if unknown). */
    public int imageWidth() {
        return imageWidth;
    }

    /** Image height in pixels (0 if unknown). */
    public int imageHeight() {
        return imageHeight;
    }

    /** Pixel coordinate {@code axis} (0 = x, 1 = y) of keypoint {@code k} at frame {@code f}. */
    public double get(int f, int k, int axis) {
        return xy[(f * K + k) * 2 + axis];
    }

    /** Confidence of keypoint {@code k} at frame {@code f}, in [0, 1]; 0 means missing. */
    public double confidence(int f, int k) {
        return confidence[f * K + k];
    }

    /** Copy of the pixel coordinates, {@code (frames × 19 × 2)}. */
    public double[] xy() {
        return xy.clone();
    }

    /** The internal pixel array; read only. */
    public double[] xyRef() {
        return xy;
    }

    /** Copy of the confidences, {@code (frames × 19)}. */
    public double[] confidence() {
        return confidence.clone();
    }

    /** The internal confidence array; read only. */
    public double[] confidenceRef() {
        return confidence;
    }

    /** Frames {@code [from, to)} as a new track. */
    public KeypointSequence2D slice(int from, int to) {
        if (from < 0 || to > frameCount || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") outside 0.." + frameCount);
        }
        return new KeypointSequence2D(fps, imageWidth, imageHeight, Arrays.copyOfRange(xy, from * K * 2, to * K * 2),
                Arrays.copyOfRange(confidence, from * K, to * K), true);
    }

    /**
     * Resamples to {@code targetFps} by linear interpolation of coordinates and confidences (see
     * {@link KeypointSequence3D#resample}). A keypoint missing on either side of an output time is
     * missing in the output.
     */
    public KeypointSequence2D resample(double targetFps) {
        if (!(targetFps > 0) || Double.isInfinite(targetFps)) {
            throw new IllegalArgumentException("targetFps must be finite and > 0, got " + targetFps);
        }
        if (frameCount == 0) {
            return new KeypointSequence2D(targetFps, imageWidth, imageHeight, new double[0], new double[0], true);
        }
        int n = Resampling.outputFrames(frameCount, fps, targetFps);
        double[] out = new double[n * K * 2];
        double[] outConf = new double[n * K];
        for (int i = 0; i < n; i++) {
            double src = i * fps / targetFps;
            int f0 = Math.min(Resampling.floorFrame(src), frameCount - 1);
            int f1 = Math.min(f0 + 1, frameCount - 1);
            double w = Resampling.snap(src - f0);
            for (int k = 0; k < K; k++) {
                double c0 = confidence[f0 * K + k];
                double c1 = confidence[f1 * K + k];
                if (w == 0) {
                    outConf[i * K + k] = c0;
                    out[(i * K + k) * 2] = xy[(f0 * K + k) * 2];
                    out[(i * K + k) * 2 + 1] = xy[(f0 * K + k) * 2 + 1];
                } else if (c0 > 0 && c1 > 0) {
                    outConf[i * K + k] = c0 + w * (c1 - c0);
                    for (int a = 0; a < 2; a++) {
                        double p0 = xy[(f0 * K + k) * 2 + a];
                        out[(i * K + k) * 2 + a] = p0 + w * (xy[(f1 * K + k) * 2 + a] - p0);
                    }
                }
            }
        }
        return new KeypointSequence2D(targetFps, imageWidth, imageHeight, out, outConf, true);
    }
}
