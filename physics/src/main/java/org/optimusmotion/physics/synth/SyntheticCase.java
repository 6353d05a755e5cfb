package org.optimusmotion.physics.synth;

import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * A generated test case: ground truth, what a detector and a monocular 3D estimator would report,
 * and the camera. Immutable.
 *
 * @param groundTruth 3D ground truth, world metres, Z up
 * @param detections  noisy 2D detections through {@code camera}
 * @param kinematic   noisy 3D kinematic estimate
 * @param camera      the case camera
 */
public record SyntheticCase(KeypointSequence3D groundTruth, KeypointSequence2D detections, KeypointSequence3D kinematic,
        Camera camera) {
}
