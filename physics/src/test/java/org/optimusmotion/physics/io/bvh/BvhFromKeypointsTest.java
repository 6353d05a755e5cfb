package org.optimusmotion.physics.io.bvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.TestData;
import org.optimusmotion.physics.io.keypoints.SkeletonMappings;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class BvhFromKeypointsTest {

    @TempDir
    Path dir;

    /** Writes the export, reads it back as keypoints. */
    private KeypointSequence3D exportAndReadBack(KeypointSequence3D track) throws IOException {
        Path f = dir.resolve("export.bvh");
        new BvhWriter().write(f, BvhFromKeypoints.toBvh(track));
        BvhMotion back = new BvhReader().read(f);
        assertSame(SkeletonMappings.OPTIMUS_BVH, SkeletonMappings.detectBvh(back.skeleton().pointNames()));
        return BvhKeypoints.toKeypoints(back);
    }

    @Test
    void rigidBodyTrackIsReproducedExactly() throws IOException {
        KeypointSequence3D track = BvhKeypoints.toKeypoints(
                new BvhReader().read(TestData.resource("/org/optimusmotion/physics/io/bvh/mini_cmu.bvh")));
        KeypointSequence3D back = exportAndReadBack(track);
        assertEquals(track.fps(), back.fps(), 1e-9);
        assertEquals(track.frameCount(), back.frameCount());
        assertEquals(0, MotionMetrics.mpjpeGlobalMm(back, track), 1e-3);
        // Frame 1 turns the whole body 90° (a lying T-pose): rotations, not just offsets, carry the pose.
        assertEquals(track.get(1, Keypoint.HEAD, 1), back.get(1, Keypoint.HEAD, 1), 1e-6);
    }

    @Test
    void realMocapSurvivesTheExportWithinMillimetres() throws IOException {
        Path walk = TestData.shared("mocap/cmu_07_01_walk.bvh");
        KeypointSequence3D track = BvhKeypoints.toKeypoints(new BvhReader().read(walk)).slice(0, 120);
        KeypointSequence3D back = exportAndReadBack(track);
        double mm = MotionMetrics.mpjpeGlobalMm(back, track);
        // Derived keypoints (thorax, head) change bone lengths slightly between frames; the rest is exact.
        assertTrue(mm < 15, "export error " + mm + " mm");
    }
}
