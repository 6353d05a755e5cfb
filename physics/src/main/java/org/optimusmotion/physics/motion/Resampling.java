package org.optimusmotion.physics.motion;

/** Shared arithmetic of the linear resamplers. */
final class Resampling {

    /** Fractions closer than this to 0 or 1 are snapped, so that integer fps ratios hit input frames exactly. */
    private static final double SNAP = 1e-9;

    private Resampling() {
    }

    /** Number of output frames whose times {@code i / targetFps} do not pass the last input time. */
    static int outputFrames(int frameCount, double fps, double targetFps) {
        double lastTime = (frameCount - 1) / fps;
        return (int) Math.floor(lastTime * targetFps + SNAP) + 1;
    }

    /** The input frame at or just before {@code src}, treating values within rounding of an integer as that integer. */
    static int floorFrame(double src) {
        return (int) Math.floor(src + SNAP);
    }

    /** Snaps an interpolation weight that is within rounding of 0 to exactly 0. */
    static double snap(double w) {
        return Math.abs(w) < SNAP ? 0 : w;
    }
}
