package org.optimusmotion.physics.reconstruct;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.synth.SyntheticCaseGenerator;

class DetectionAlignmentTest {

    @Test
    void translationDriftIsRemovedByExactDetections() {
        KeypointSequence3D truth = ProceduralMotion.walk(HumanoidLoader.loadDefault(), 30, 20);
        Camera cam = SyntheticCaseGenerator.camera(truth, 4, 1.2, -60);
        KeypointSequence2D det = MotionMetrics.project(truth, cam);
        // A constant shift (drift that the smoothing keeps exact) mostly along the depth.
        double[] p = truth.positions();
        for (int i = 0; i < p.length; i += 3) {
            p[i] += 0.2;
            p[i + 1] += -0.3;
            p[i + 2] += 0.05;
        }
        KeypointSequence3D drifted = new KeypointSequence3D(30, p, truth.valid());
        double before = MotionMetrics.mpjpeGlobalMm(drifted, truth);
        double after = MotionMetrics.mpjpeGlobalMm(DetectionAlignment.align(drifted, det, cam), truth);
        assertTrue(before > 300, "the shift is large: " + before);
        assertTrue(after < 1, "MPJPE-G after alignment " + after + " mm");
    }
}
