package org.optimusmotion.physics.io.bvh;

/**
 * The MOTION part of a BVH file with its hierarchy: {@code frameCount} frames of
 * {@link BvhSkeleton#channelCount()} channel values each, in file units (rotations in degrees,
 * positions in the file's length unit), one frame every {@code frameTimeSeconds}.
 *
 * <p>Layout: {@code values} is flat {@code (frameCount × channelCount)}, frame-major, channels in the
 * order the hierarchy declares them. Values are finite.
 *
 * <p>Immutable: arrays are copied in and out; {@link #valuesRef()} gives read-only access.
 */
public final class BvhMotion {

    /** Relative tolerance of {@link #nominalFps()}. */
    public static final double FPS_SNAP_TOLERANCE = 1e-4;

    private final BvhSkeleton skeleton;
    private final double frameTimeSeconds;
    private final int frameCount;
    private final double[] values;

    /**
     * @param skeleton         the hierarchy
     * @param frameTimeSeconds seconds per frame, finite and > 0
     * @param values           {@code (frames × channels)} file units; copied
     */
    public BvhMotion(BvhSkeleton skeleton, double frameTimeSeconds, double[] values) {
        if (!(frameTimeSeconds > 0) || Double.isInfinite(frameTimeSeconds)) {
            throw new IllegalArgumentException("frameTimeSeconds must be finite and > 0, got " + frameTimeSeconds);
        }
        int c = skeleton.channelCount();
        if (c == 0 ? values.length != 0 : values.length % c != 0) {
            throw new IllegalArgumentException("values length " + values.length + " is not a multiple of "
                    + c + " channels");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("frame " + (i / c) + " channel " + (i % c) + ": non-finite value");
            }
        }
        this.skeleton = skeleton;
        this.frameTimeSeconds = frameTimeSeconds;
        this.frameCount = c == 0 ? 0 : values.length / c;
        this.values = values.clone();
    }

    /** The hierarchy. */
    public BvhSkeleton skeleton() {
        return skeleton;
    }

    /** Seconds per frame. */
    public double frameTimeSeconds() {
        return frameTimeSeconds;
    }

    /** Frames per second, {@code 1 / frameTimeSeconds}. */
    public double fps() {
        return 1.0 / frameTimeSeconds;
    }

    /**
     * The frame rate a rounded {@code Frame Time} stands for: {@link #fps()} snapped to the nearest
     * integer when within {@value #FPS_SNAP_TOLERANCE} relative (e.g. 0.0083333 s gives 120, not
     * 120.0005), else {@link #fps()} (e.g. 29.97).
     */
    public double nominalFps() {
        double fps = fps();
        double rounded = Math.rint(fps);
        return rounded > 0 && Math.abs(fps - rounded) <= FPS_SNAP_TOLERANCE * fps ? rounded : fps;
    }

    /** Number of frames. */
    public int frameCount() {
        return frameCount;
    }

    /** Value of channel {@code c} at frame {@code f}, file units. */
    public double value(int f, int c) {
        return values[f * skeleton.channelCount() + c];
    }

    /** Copy of all values, {@code (frames × channels)}. */
    public double[] values() {
        return values.clone();
    }

    /** Internal values; read only. */
    public double[] valuesRef() {
        return values;
    }

    /** Frames {@code [from, to)} with the same hierarchy. */
    public BvhMotion slice(int from, int to) {
        if (from < 0 || to > frameCount || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") outside 0.." + frameCount);
        }
        int c = skeleton.channelCount();
        return new BvhMotion(skeleton, frameTimeSeconds, java.util.Arrays.copyOfRange(values, from * c, to * c));
    }
}
