package org.optimusmotion.app.detect;

/**
 * The landmarks of one person over a video, frame by frame, as the detector wrote them. Flat arrays
 * with fixed shapes ({@code F} = frames of the video, {@code L} = 33 body landmarks):
 * <ul>
 *   <li>{@code imageXy (F × L × 2)}: pixels, origin top-left, y down;</li>
 *   <li>{@code visibility (F × L)}: in [0, 1]; 0 in frames without a person;</li>
 *   <li>{@code world (F × L × 3)}: metres, origin at the hip centre, camera axes (x right, y down,
 *       z away from the camera);</li>
 *   <li>{@code presence (F)}, {@code found (F)}.</li>
 * </ul>
 * Frames at and after {@link #framesDone()} were not processed (cancelled run). Mutable while the
 * detector fills it (one thread), then read-only by convention.
 */
public final class DetectionTrack {

    static final int L = LandmarkOutput.BODY_LANDMARKS;

    private final double fps;
    private final int width;
    private final int height;
    private final int frames;
    private final double[] imageXy;
    private final double[] visibility;
    private final double[] world;
    private final double[] presence;
    private final boolean[] found;
    private int framesDone;
    private int personSearches;

    /** An empty track for a video of {@code frames} frames of {@code width × height} at {@code fps}. */
    public DetectionTrack(double fps, int width, int height, int frames) {
        if (!(fps > 0) || width <= 0 || height <= 0 || frames < 0) {
            throw new IllegalArgumentException("need fps > 0, a positive image size and frames >= 0, got " + fps + ", "
                    + width + "x" + height + ", " + frames);
        }
        this.fps = fps;
        this.width = width;
        this.height = height;
        this.frames = frames;
        imageXy = new double[frames * L * 2];
        visibility = new double[frames * L];
        world = new double[frames * L * 3];
        presence = new double[frames];
        found = new boolean[frames];
    }

    /** Records frame {@code f} (the next one) with {@code out}, or as empty when {@code out} is null. */
    public void put(int f, LandmarkOutput out) {
        if (f != framesDone) {
            throw new IllegalStateException("frames are recorded in order: expected " + framesDone + ", got " + f);
        }
        if (out != null) {
            System.arraycopy(out.imageXy, 0, imageXy, f * L * 2, L * 2);
            System.arraycopy(out.visibility, 0, visibility, f * L, L);
            System.arraycopy(out.world, 0, world, f * L * 3, L * 3);
            presence[f] = out.presence;
            found[f] = true;
        }
        framesDone = f + 1;
    }

    public double fps() {
        return fps;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Frames of the video. */
    public int frameCount() {
        return frames;
    }

    /** Frames processed (= {@link #frameCount()} unless cancelled). */
    public int framesDone() {
        return framesDone;
    }

    /** How many times the person had to be searched for (first frame and after each loss). */
    public int personSearches() {
        return personSearches;
    }

    void setPersonSearches(int searches) {
        personSearches = searches;
    }

    public boolean found(int f) {
        return found[f];
    }

    /** Frames with a person among the processed ones. */
    public int framesWithPerson() {
        int n = 0;
        for (int f = 0; f < framesDone; f++) {
            n += found[f] ? 1 : 0;
        }
        return n;
    }

    public double x(int f, int landmark) {
        return imageXy[(f * L + landmark) * 2];
    }

    public double y(int f, int landmark) {
        return imageXy[(f * L + landmark) * 2 + 1];
    }

    public double visibility(int f, int landmark) {
        return visibility[f * L + landmark];
    }

    /** World landmark coordinate ({@code axis} 0 = x right, 1 = y down, 2 = z away from the camera), metres. */
    public double world(int f, int landmark, int axis) {
        return world[(f * L + landmark) * 3 + axis];
    }

    public double presence(int f) {
        return presence[f];
    }

    /** The internal image positions {@code (F × L × 2)}; do not modify. */
    double[] imageXyRef() {
        return imageXy;
    }

    /** The internal visibilities {@code (F × L)}; do not modify. */
    double[] visibilityRef() {
        return visibility;
    }
}
