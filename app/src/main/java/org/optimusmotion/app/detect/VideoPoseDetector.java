package org.optimusmotion.app.detect;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.optimusmotion.app.video.VideoFileException;
import org.optimusmotion.app.video.VideoInfo;
import org.optimusmotion.app.video.VideoReader;

/**
 * Detects one person's pose landmarks in every frame of a video: decode ({@link VideoReader}), track
 * ({@link PoseTracker}), keep left and right consistent ({@link LeftRightConsistency}), smooth
 * ({@link LandmarkSmoother}); the last two restart after frames without a person.
 * Stateless; each call opens its own reader and model, so calls on different threads are independent.
 */
public final class VideoPoseDetector {

    /** Progress of a run, called on the detecting thread after each frame. */
    @FunctionalInterface
    public interface Listener {
        /** {@code done} of {@code total} frames processed; {@code found}: a person in the last one. */
        void frameDone(int done, int total, boolean found);
    }

    private final PoseModel model;
    private final boolean smooth;

    /**
     * @param model  landmark model
     * @param smooth whether to smooth the landmarks over time (One Euro filter)
     */
    public VideoPoseDetector(PoseModel model, boolean smooth) {
        this.model = model;
        this.smooth = smooth;
    }

    public PoseModel model() {
        return model;
    }

    /**
     * Runs over {@code video}; stops early, keeping the frames done, when {@code cancelled} says so
     * (checked before each frame).
     *
     * @throws VideoFileException        if the video cannot be opened or a frame cannot be decoded
     * @throws ModelUnavailableException if the model cannot be found or loaded
     */
    public DetectionTrack detect(Path video, Listener listener, BooleanSupplier cancelled)
            throws VideoFileException, ModelUnavailableException {
        try (VideoReader reader = VideoReader.open(video)) {
            VideoInfo info = reader.info();
            DetectionTrack track = new DetectionTrack(info.fps(), info.width(), info.height(), info.frameCount());
            int[] argb = new int[info.width() * info.height()];
            LandmarkOutput out = new LandmarkOutput();
            LandmarkSmoother smoother = new LandmarkSmoother(info.fps());
            LeftRightConsistency sides = new LeftRightConsistency();
            try (PoseTracker tracker = new PoseTracker(new LandmarkNet(model), new PersonFinder(), info.fps())) {
                for (int f = 0; f < info.frameCount(); f++) {
                    if (cancelled.getAsBoolean()) {
                        break;
                    }
                    reader.readFrame(f, argb);
                    boolean found = tracker.track(argb, info.width(), info.height(), out);
                    if (found) {
                        sides.apply(out);
                        if (smooth) {
                            smoother.smooth(out);
                        }
                    } else {
                        sides.reset();
                        smoother.reset();
                    }
                    track.put(f, found ? out : null);
                    track.setPersonSearches(tracker.searches());
                    listener.frameDone(f + 1, info.frameCount(), found);
                }
            }
            return track;
        }
    }
}
