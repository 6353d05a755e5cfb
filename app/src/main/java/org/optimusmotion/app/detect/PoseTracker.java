package org.optimusmotion.app.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows one person through a video, frame by frame, as MediaPipe Pose does: the landmark model
 * looks at a region of interest; the next frame's region comes from this frame's landmarks (the
 * hip-centre and scale points); when there is no region yet or the model says the person is gone
 * (presence below {@value #PRESENCE_THRESHOLD}), the person is found again: HOG people boxes
 * ({@link PersonFinder}) and fixed squares over the frame, each checked with the landmark model; of those with a pose the one with the largest body (ROI) wins, and one more pass
 * at the ROI from its own landmarks aligns the crop with the body.
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
    /** Smallest ROI side that is kept for tracking, pixels. */
    static final double MIN_ROI_PX = 24;

    private final LandmarkNet net;
    private final PersonFinder finder;
    private final RoiCropper cropper = new RoiCropper(LandmarkNet.INPUT_SIDE);
    private final LandmarkOutput candidate = new LandmarkOutput();
    private final LandmarkOutput best = new LandmarkOutput();
    private Roi tracked;
    private int searches;

    public PoseTracker(LandmarkNet net, PersonFinder finder) {
        this.net = net;
        this.finder = finder;
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
            if (out.presence >= PRESENCE_THRESHOLD && keep(out.nextRoi(), width, height)) {
                tracked = out.nextRoi();
                return true;
            }
            tracked = null;
        }
        if (!search(argb, width, height)) {
            return false;
        }
        // Re-run at the ROI from the found landmarks: aligned and scaled like MediaPipe's tracking crop.
        Roi aligned = best.nextRoi();
        runAt(argb, width, height, aligned, out);
        if (!(out.presence >= PRESENCE_THRESHOLD)) {
            out.copyFrom(best);
        }
        tracked = keep(out.nextRoi(), width, height) ? out.nextRoi() : null;
        return true;
    }

    /** How many times the person had to be searched for (first frame and after each loss). */
    public int searches() {
        return searches;
    }

    /** Forgets the tracked region: the next frame searches the whole image. */
    public void reset() {
        tracked = null;
    }

    private boolean search(int[] argb, int width, int height) {
        searches++;
        List<Roi> rois = new ArrayList<>();
        List<PersonFinder.Box> boxes = finder.find(argb, width, height);
        for (int i = 0; i < boxes.size() && i < MAX_CANDIDATES; i++) {
            PersonFinder.Box b = boxes.get(i);
            rois.add(Roi.aroundBox(b.xPx(), b.yPx(), b.widthPx(), b.heightPx(), BOX_MARGIN));
        }
        // HOG misses large, close or non-upright people: the fixed squares are always tried too.
        rois.addAll(fallbackRois(width, height));
        return bestOf(argb, width, height, rois);
    }

    /** Runs the model at each ROI and keeps in {@link #best} the largest body with a pose; false if none. */
    private boolean bestOf(int[] argb, int width, int height, List<Roi> rois) {
        double bestSize = 0;
        for (Roi roi : rois) {
            runAt(argb, width, height, roi, candidate);
            if (!(candidate.presence >= PRESENCE_THRESHOLD)) {
                continue;
            }
            double size = candidate.nextRoi().sizePx();
            if (size > bestSize && keep(candidate.nextRoi(), width, height)) {
                bestSize = size;
                best.copyFrom(candidate);
            }
        }
        return bestSize > 0;
    }

    /**
     * Squares tried when HOG finds nobody: the whole frame (long side) and three squares of the short
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

    /** A ROI worth tracking: not tiny, and its centre within the frame (with one ROI side to spare). */
    static boolean keep(Roi roi, int width, int height) {
        return roi.sizePx() >= MIN_ROI_PX && roi.sizePx() <= 4.0 * Math.max(width, height)
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
