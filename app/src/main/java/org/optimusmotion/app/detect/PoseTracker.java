package org.optimusmotion.app.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows one person through a video, frame by frame, as MediaPipe Pose does: the landmark model
 * looks at a region of interest; the next frame's region comes from this frame's landmarks (the
 * hip-centre and scale points); when there is no region yet or the model says the person is gone
 * (presence below {@value #PRESENCE_THRESHOLD}), the person is searched for again (see
 * {@link #search}): HOG people boxes ({@link PersonFinder}), fixed squares over the frame and, soon
 * after a loss, the surroundings of the last position, each checked with the landmark model.
 *
 * <p>Not thread-safe; owns the network and finder: close it.
 */
public final class PoseTracker implements AutoCloseable {

    /** Pose-presence score from which a pose counts (MediaPipe's {@code ThresholdingCalculator}). */
    public static final double PRESENCE_THRESHOLD = 0.5;
    /** Margin of the square ROI around a HOG box, whose box already has some margin around the body. */
    static final double BOX_MARGIN = 1.1;
    /** HOG boxes checked with the landmark model per search. */
    static final int MAX_CANDIDATES = 4;
    /** Time after a loss during which only people near the last position are taken, seconds. */
    static final double REACQUIRE_SECONDS = 1.0;
    /**
     * Growth of the search reach around the last position, ROI sides per second since the loss (the
     * reach starts at half a side; a ROI side is about 1.5 body heights).
     */
    static final double REACH_GROWTH_PER_SECOND = 1.5;
    /** Enlargements of the last ROI tried first after a loss (fast motion leaves the old crop). */
    static final double[] LOCAL_SEARCH_GROWTH = {1.5, 2.5};
    /** Largest size change between the last position and a person found again shortly after, factor. */
    static final double REACQUIRE_SIZE_RATIO = 1.6;
    /**
     * Largest ROI side against the frame's long side: a body filling the frame has a ROI of about 1.4
     * long sides; larger ones were poses hallucinated into enlarged crops (Sports2D, after the flip).
     */
    static final double MAX_ROI_TO_FRAME = 1.6;
    /** One Euro settings of the alignment points (MediaPipe's auxiliary landmarks), see {@link #smoothedNextRoi}. */
    static final double ALIGNMENT_MIN_CUTOFF_HZ = 1;
    static final double ALIGNMENT_BETA = 10;
    /** Smallest ROI side that is kept for tracking, pixels. */
    static final double MIN_ROI_PX = 24;

    private final LandmarkNet net;
    private final PersonFinder finder;
    private final double fps;
    private final OneEuroFilter alignmentFilter = new OneEuroFilter(4, ALIGNMENT_MIN_CUTOFF_HZ, ALIGNMENT_BETA, 1);
    private final double[] alignment = new double[4];
    private final RoiCropper cropper = new RoiCropper(LandmarkNet.INPUT_SIDE);
    private final LandmarkOutput candidate = new LandmarkOutput();
    private final LandmarkOutput confirmed = new LandmarkOutput();
    private final LandmarkOutput best = new LandmarkOutput();
    private Roi tracked;
    private Roi lastSeen;
    private int framesSinceSeen;
    private int searches;

    /** @param fps frame rate of the video, > 0 (for the time since a loss) */
    public PoseTracker(LandmarkNet net, PersonFinder finder, double fps) {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be > 0, got " + fps);
        }
        this.net = net;
        this.finder = finder;
        this.fps = fps;
    }

    /**
     * Finds the person's landmarks in the next frame.
     *
     * @param argb frame pixels {@code 0xAARRGGBB}, {@code width × height}, row-major
     * @param out  receives the landmarks when found
     * @return whether a person was found
     */
    public boolean track(int[] argb, int width, int height, LandmarkOutput out) {
        if (tracked != null) {
            runAt(argb, width, height, tracked, out);
            // A pose whose own ROI jumps away from the crop it came from is not the tracked body.
            if (out.presence >= PRESENCE_THRESHOLD && keep(out.nextRoi(), width, height) && stable(tracked, out.nextRoi())) {
                tracked = smoothedNextRoi(out);
                lastSeen = tracked;
                framesSinceSeen = 0;
                return true;
            }
            tracked = null;
        }
        framesSinceSeen++;
        if (!search(argb, width, height)) {
            return false;
        }
        out.copyFrom(best);
        alignmentFilter.reset();
        tracked = smoothedNextRoi(out);
        lastSeen = tracked;
        framesSinceSeen = 0;
        return true;
    }

    /**
     * The next frame's ROI from the alignment points smoothed over time (One Euro, speeds in ROI sizes
     * per second), as MediaPipe smooths its auxiliary landmarks: re-estimated every frame, the crop
     * follows each frame's estimate of the body axis, which in a strong lean is biased and, iterated on
     * one frame, turned the crop 38° and pulled the legs together (Pose2Sim view 2, frame 60).
     * MediaPipe's own setting (min cutoff 0.01 Hz, β 1, {@code pose_landmark_filtering.pbtxt}) measured
     * 1–3 px further from OpenPose on the four Pose2Sim views than this milder one (1 Hz, β 10).
     */
    private Roi smoothedNextRoi(LandmarkOutput out) {
        double[] a = alignment;
        a[0] = out.imageXy[2 * LandmarkOutput.HIP_CENTER];
        a[1] = out.imageXy[2 * LandmarkOutput.HIP_CENTER + 1];
        a[2] = out.imageXy[2 * LandmarkOutput.SCALE_POINT];
        a[3] = out.imageXy[2 * LandmarkOutput.SCALE_POINT + 1];
        alignmentFilter.filter(a, 1 / fps, 1 / out.roi.sizePx());
        return Roi.fromAlignment(a[0], a[1], a[2], a[3]);
    }

    /** How many times the person had to be searched for (first frame and after each loss). */
    public int searches() {
        return searches;
    }

    /** Forgets the tracked region and the last position: the next frame searches the whole image. */
    public void reset() {
        tracked = null;
        lastSeen = null;
    }

    /**
     * Searches the frame; on success {@link #best} holds the chosen person's landmarks from a crop
     * aligned with their own body. Candidates: around the last position (enlarged, for fast motion),
     * HOG boxes, fixed squares. A candidate counts when the model finds a pose in it and again in the
     * ROI derived from that pose, with a stable ROI (this rejects poses hallucinated into large crops).
     * Within {@value #REACQUIRE_SECONDS} s of a loss only a person near the last position is taken, the
     * nearest (a passer-by must not take over while the person is briefly unrecognisable, e.g. in a
     * flip); otherwise the largest body.
     */
    private boolean search(int[] argb, int width, int height) {
        searches++;
        boolean recent = lastSeen != null && framesSinceSeen <= REACQUIRE_SECONDS * fps;
        List<Roi> rois = new ArrayList<>();
        if (recent) {
            for (double grow : LOCAL_SEARCH_GROWTH) {
                rois.add(new Roi(lastSeen.centerXPx(), lastSeen.centerYPx(), grow * lastSeen.sizePx(), lastSeen.rotationRad()));
            }
        }
        List<PersonFinder.Box> boxes = finder.find(argb, width, height);
        for (int i = 0; i < boxes.size() && i < MAX_CANDIDATES; i++) {
            PersonFinder.Box b = boxes.get(i);
            rois.add(Roi.aroundBox(b.xPx(), b.yPx(), b.widthPx(), b.heightPx(), BOX_MARGIN));
        }
        // HOG misses large, close or non-upright people: the fixed squares are always tried too.
        rois.addAll(fallbackRois(width, height));
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Roi roi : rois) {
            runAt(argb, width, height, roi, candidate);
            if (!(candidate.presence >= PRESENCE_THRESHOLD) || !keep(candidate.nextRoi(), width, height)) {
                continue;
            }
            Roi aligned = candidate.nextRoi();
            runAt(argb, width, height, aligned, confirmed);
            Roi again = confirmed.nextRoi();
            if (!(confirmed.presence >= PRESENCE_THRESHOLD) || !stable(aligned, again)) {
                continue;
            }
            double score = again.sizePx();
            if (recent) {
                // Shortly after a loss only the surroundings of the last position count, nearest first; the
                // reach grows with the time since the loss.
                double distance = Math.hypot(again.centerXPx() - lastSeen.centerXPx(), again.centerYPx() - lastSeen.centerYPx());
                double reach = lastSeen.sizePx() * (0.5 + REACH_GROWTH_PER_SECOND * framesSinceSeen / fps);
                double sizeRatio = again.sizePx() / lastSeen.sizePx();
                // The same person keeps about their size; a pose hallucinated into an enlarged crop does not.
                if (distance > reach || sizeRatio > REACQUIRE_SIZE_RATIO || sizeRatio < 1 / REACQUIRE_SIZE_RATIO) {
                    continue;
                }
                score = -distance;
            }
            if (score > bestScore) {
                bestScore = score;
                best.copyFrom(confirmed);
            }
        }
        return bestScore > Double.NEGATIVE_INFINITY;
    }

    /** Two consecutive ROIs of the same body: sizes within a factor 1.5, centres within 0.35 of a side. */
    static boolean stable(Roi a, Roi b) {
        double ratio = a.sizePx() / b.sizePx();
        double shift = Math.hypot(a.centerXPx() - b.centerXPx(), a.centerYPx() - b.centerYPx());
        return ratio < 1.5 && ratio > 1 / 1.5 && shift < 0.35 * Math.max(a.sizePx(), b.sizePx());
    }

    /**
     * Squares tried on every search: the whole frame (long side) and three squares of the short
     * side along the long axis (start, centre, end).
     */
    static List<Roi> fallbackRois(int width, int height) {
        List<Roi> rois = new ArrayList<>();
        double longSide = Math.max(width, height);
        double shortSide = Math.min(width, height);
        rois.add(new Roi(width / 2.0, height / 2.0, longSide, 0));
        for (int i = 0; i < 3; i++) {
            double along = shortSide / 2 + i * (longSide - shortSide) / 2;
            rois.add(width >= height ? new Roi(along, height / 2.0, shortSide, 0) : new Roi(width / 2.0, along, shortSide, 0));
        }
        return rois;
    }

    /** A ROI worth tracking: not tiny, not much larger than the frame, and its centre within the frame (with one ROI side to spare). */
    static boolean keep(Roi roi, int width, int height) {
        return roi.sizePx() >= MIN_ROI_PX && roi.sizePx() <= MAX_ROI_TO_FRAME * Math.max(width, height)
                && roi.centerXPx() > -roi.sizePx() / 2 && roi.centerXPx() < width + roi.sizePx() / 2
                && roi.centerYPx() > -roi.sizePx() / 2 && roi.centerYPx() < height + roi.sizePx() / 2;
    }

    private void runAt(int[] argb, int width, int height, Roi roi, LandmarkOutput out) {
        net.run(cropper.crop(argb, width, height, roi), roi, out);
    }

    @Override
    public void close() {
        finder.close();
        net.close();
    }
}
