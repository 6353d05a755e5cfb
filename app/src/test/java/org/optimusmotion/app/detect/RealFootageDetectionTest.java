package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.io.keypoints.OpenPoseJsonReader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/**
 * On the Pose2Sim demo (shared data, skipped when absent): a person in every frame of view 1, and our
 * limb keypoints close to the OpenPose BODY_25B tracks of the same video.
 */
class RealFootageDetectionTest {

    private static final Path ROOT = Path.of("/work/shared/data/real/pose2sim-single-person");

    @Test
    void view1IsTrackedThroughoutAndAgreesWithOpenPose() throws Exception {
        Path video = ROOT.resolve("cam01.mp4");
        Path openPose = ROOT.resolve("keypoints/pose/cam01_json");
        assumeTrue(Files.isRegularFile(video) && Files.isDirectory(openPose), "shared footage not present: " + ROOT);
        FetchedModels.assumeAvailable(PoseModel.LITE);
        DetectionTrack track = new VideoPoseDetector(PoseModel.LITE, true).detect(video, (d, t, f) -> { }, () -> false);
        assertEquals(100, track.framesDone());
        assertTrue(track.framesWithPerson() >= 95, track.framesWithPerson() + " of 100 frames with a person");
        KeypointSequence2D ours = PoseKeypoints.canonical2D(track);
        KeypointSequence2D reference = new OpenPoseJsonReader().read(openPose, null, track.fps(), track.width(), track.height());
        Keypoint[] limbs = {Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE, Keypoint.RIGHT_KNEE, Keypoint.LEFT_ANKLE,
            Keypoint.RIGHT_ANKLE, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER, Keypoint.LEFT_ELBOW, Keypoint.RIGHT_ELBOW};
        double[] errors = new double[100 * limbs.length];
        int n = 0;
        for (int f = 0; f < 100; f++) {
            for (Keypoint k : limbs) {
                int j = k.ordinal();
                if (ours.confidence(f, j) > 0 && reference.confidence(f, j) > 0) {
                    errors[n++] = Math.hypot(ours.get(f, j, 0) - reference.get(f, j, 0), ours.get(f, j, 1) - reference.get(f, j, 1));
                }
            }
        }
        double[] sorted = Arrays.copyOf(errors, n);
        Arrays.sort(sorted);
        double median = sorted[n / 2];
        // Hip joint centres differ by definition between the two detectors; on a ~1000 px person this is tight.
        assertTrue(median < 40, "median distance to OpenPose " + median + " px over " + n + " keypoints");
    }
}
