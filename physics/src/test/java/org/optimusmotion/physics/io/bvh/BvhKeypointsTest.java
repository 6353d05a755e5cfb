package org.optimusmotion.physics.io.bvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.TestData;
import org.optimusmotion.physics.io.keypoints.SkeletonMapping;
import org.optimusmotion.physics.io.keypoints.SkeletonMappings;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class BvhKeypointsTest {

    private static BvhMotion fixture(String name) throws IOException {
        return new BvhReader().read(TestData.resource("/org/optimusmotion/physics/io/bvh/" + name));
    }

    @Test
    void cmuRigIsDetectedInCmuUnitsAndTurnedZUp() throws IOException {
        BvhMotion m = fixture("mini_cmu.bvh");
        SkeletonMapping mapping = SkeletonMappings.detectBvh(m.skeleton().pointNames());
        assertSame(SkeletonMappings.CMU_BVH, mapping);
        assertEquals(BvhKeypoints.UpAxis.Y, BvhKeypoints.guessUpAxis(m, mapping));
        assertEquals(BvhKeypoints.CMU_UNIT_M, BvhKeypoints.guessMetresPerUnit(m, mapping, BvhKeypoints.UpAxis.Y));
        KeypointSequence3D k = BvhKeypoints.toKeypoints(m);
        assertEquals(120, k.fps(), 1e-3);
        assertPoint(k, 0, Keypoint.PELVIS, 0, 0, 0.93);
        assertPoint(k, 0, Keypoint.LEFT_HIP, 0, 0.1, 0.93);
        assertPoint(k, 0, Keypoint.LEFT_TOE, 0.12, 0.1, 0.04);
        assertPoint(k, 0, Keypoint.HEAD, 0, 0, 1.63);
        assertPoint(k, 0, Keypoint.THORAX, 0, 0, 1.41);
        assertPoint(k, 0, Keypoint.SPINE, 0, 0, 0.5 * (0.93 + 1.41));
        assertPoint(k, 0, Keypoint.LEFT_WRIST, 0, 0.03 + 0.15 + 0.28 + 0.25, 1.41);
        // Frame 1: root moved 0.1 m along file X (world Y) and turned; the pelvis follows the root.
        assertPoint(k, 1, Keypoint.PELVIS, 0, 0.1, 0.93);
        for (int kp = 0; kp < Keypoint.COUNT; kp++) {
            assertTrue(k.isValid(0, kp));
        }
    }

    @Test
    void ccBaseRigIsDetectedInCentimetres() throws IOException {
        BvhMotion m = fixture("mini_cc_base.bvh");
        assertSame(SkeletonMappings.CC_BASE_BVH, SkeletonMappings.detectBvh(m.skeleton().pointNames()));
        KeypointSequence3D k = BvhKeypoints.toKeypoints(m);
        assertPoint(k, 0, Keypoint.PELVIS, 0, 0, 0.93);
        assertPoint(k, 0, Keypoint.RIGHT_ANKLE, 0, -0.1, 0.08);
        // Head = half head joint + quarter each eye: y 1.53 + 0.05, z forward 0.04.
        assertPoint(k, 0, Keypoint.HEAD, 0.04, 0, 1.58);
        assertPoint(k, 1, Keypoint.PELVIS, 0.1, 0, 0.93);
    }

    @Test
    void unknownSkeletonNamesTheClosestMappingAndItsMissingJoints() throws IOException {
        BvhMotion m = fixture("syntax_features.bvh");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BvhKeypoints.toKeypoints(m));
        assertTrue(e.getMessage().startsWith("unknown BVH skeleton: no predefined mapping fits; closest is"), e.getMessage());
    }

    @Test
    void everySharedMocapFileMapsToAPlausibleBody() throws IOException {
        Path dir = TestData.shared("mocap");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".bvh")).sorted().toList();
        }
        for (Path f : files) {
            BvhMotion m = new BvhReader().read(f);
            KeypointSequence3D k = BvhKeypoints.toKeypoints(m.slice(0, Math.min(m.frameCount(), 5)));
            double hipWidth = distance(k, 0, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP);
            assertTrue(hipWidth > 0.08 && hipWidth < 0.35, f + ": hip width " + hipWidth);
            double headAbovePelvis = k.get(0, Keypoint.HEAD, 2) - k.get(0, Keypoint.PELVIS, 2);
            assertTrue(headAbovePelvis > 0.3 && headAbovePelvis < 1.0, f + ": head above pelvis " + headAbovePelvis);
        }
    }

    private static double distance(KeypointSequence3D k, int f, Keypoint a, Keypoint b) {
        double s = 0;
        for (int i = 0; i < 3; i++) {
            s += Math.pow(k.get(f, a, i) - k.get(f, b, i), 2);
        }
        return Math.sqrt(s);
    }

    private static void assertPoint(KeypointSequence3D k, int f, Keypoint kp, double x, double y, double z) {
        String what = kp + " at frame " + f;
        assertEquals(x, k.get(f, kp, 0), 1e-4, what + " x");
        assertEquals(y, k.get(f, kp, 1), 1e-4, what + " y");
        assertEquals(z, k.get(f, kp, 2), 1e-4, what + " z");
    }
}
