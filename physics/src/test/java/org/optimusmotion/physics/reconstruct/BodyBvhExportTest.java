package org.optimusmotion.physics.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.io.bvh.BvhKeypoints;
import org.optimusmotion.physics.io.bvh.BvhMotion;
import org.optimusmotion.physics.io.bvh.BvhReader;
import org.optimusmotion.physics.io.bvh.BvhWriter;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class BodyBvhExportTest {

    @Test
    void exportedAnglesReadBackAsTheModelsKeypoints() throws Exception {
        Model m = HumanoidLoader.loadDefault();
        int frames = 6;
        double fps = 30;
        double[][] angles = new double[frames][];
        for (int f = 0; f < frames; f++) {
            angles[f] = ProceduralMotion.pose(m, f / fps);
            angles[f][m.dofIndex("root_rz")] = 0.3 * f;
            angles[f][m.dofIndex("left_forearm")] = 0.5;
        }
        KeypointSequence3D expected = ProceduralMotion.walk(m, fps, frames);
        // Same walk with the yaw and elbow changes applied: recompute by forward kinematics.
        org.optimusmotion.physics.data.SimData d = new org.optimusmotion.physics.data.SimData(m);
        double[] kp = new double[frames * 57];
        for (int f = 0; f < frames; f++) {
            System.arraycopy(angles[f], 0, d.q, 0, m.dof());
            org.optimusmotion.physics.dynamics.Kinematics.forward(m, d);
            org.optimusmotion.physics.dynamics.Kinematics.keypoints(m, d, kp, f * 57);
        }
        expected = KeypointSequence3D.allValid(fps, kp);
        BvhMotion motion = BodyBvhExport.toBvh(m, angles, fps);
        StringWriter text = new StringWriter();
        new BvhWriter().write(text, motion);
        BvhMotion back = new BvhReader().parse(Path.of("motion.bvh"), List.of(text.toString().split("\n")));
        KeypointSequence3D read = BvhKeypoints.toKeypoints(back);
        assertEquals(frames, read.frameCount());
        double err = MotionMetrics.mpjpeGlobalMm(read, expected);
        assertTrue(err < 0.01, "MPJPE-G of the round trip " + err + " mm");
    }
}
