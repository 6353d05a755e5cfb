package org.optimusmotion.app.detect;

import org.optimusmotion.physics.io.keypoints.LayoutBinding;
import org.optimusmotion.physics.io.keypoints.SkeletonMappings;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/**
 * From MediaPipe's 33 body landmarks to the keypoint sets the rest of the program reads: COCO-17 (the
 * 17 COCO joints are MediaPipe landmarks 0, 2, 5, 7, 8, 11–16, 23–28, in COCO order) and the 19
 * canonical keypoints (mapping {@code mediapipe33} of {@link SkeletonMappings}). Stateless.
 */
public final class PoseKeypoints {

    /** MediaPipe landmark index of each COCO-17 joint, in COCO order (nose, left_eye, right_eye, ...). */
    public static final int[] COCO_FROM_MEDIAPIPE = {0, 2, 5, 7, 8, 11, 12, 13, 14, 15, 16, 23, 24, 25, 26, 27, 28};

    /** The binding of MediaPipe's 33 landmarks onto the canonical keypoints. */
    static final LayoutBinding MEDIAPIPE_BINDING = SkeletonMappings.MEDIAPIPE_33.bind(SkeletonMappings.MEDIAPIPE_33_JOINTS);

    private PoseKeypoints() {
    }

    /**
     * The processed frames of {@code track} as canonical 2D keypoints: pixel positions, confidence =
     * landmark visibility (derived keypoints: the lowest of their sources), 0 in frames without a person.
     */
    public static KeypointSequence2D canonical2D(DetectionTrack track) {
        int frames = track.framesDone();
        int k = Keypoint.COUNT;
        double[] xy = new double[frames * k * 2];
        double[] conf = new double[frames * k];
        for (int f = 0; f < frames; f++) {
            if (track.found(f)) {
                MEDIAPIPE_BINDING.mapFrame2D(track.imageXyRef(), f * DetectionTrack.L * 2, track.visibilityRef(),
                        f * DetectionTrack.L, xy, f * k * 2, conf, f * k);
            }
        }
        return new KeypointSequence2D(track.fps(), track.width(), track.height(), xy, conf);
    }
}
