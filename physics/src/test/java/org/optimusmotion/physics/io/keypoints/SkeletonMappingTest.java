package org.optimusmotion.physics.io.keypoints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.model.Keypoint;

class SkeletonMappingTest {

    @Test
    void derivedKeypointsExpandIntoSourceWeights() {
        SkeletonMapping m = SkeletonMappings.COCO_17;
        assertEquals(List.of("left_hip", "right_hip"), m.sourceJoints(Keypoint.PELVIS));
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, m.sourceWeights(Keypoint.SPINE), 1e-15);
        assertFalse(m.provides(Keypoint.LEFT_TOE));
    }

    @Test
    void everyPredefined2dAndTableMappingBindsToItsLayout() {
        SkeletonMappings.COCO_17.bind(SkeletonMappings.COCO_17_JOINTS);
        SkeletonMappings.OPENPOSE_BODY_25.bind(SkeletonMappings.OPENPOSE_BODY_25_JOINTS);
        SkeletonMappings.OPENPOSE_BODY_25B.bind(SkeletonMappings.OPENPOSE_BODY_25B_JOINTS);
        SkeletonMappings.MEDIAPIPE_33.bind(SkeletonMappings.MEDIAPIPE_33_JOINTS);
        SkeletonMappings.H36M_17.bind(SkeletonMappings.H36M_17_JOINTS);
        for (Keypoint k : Keypoint.values()) {
            assertTrue(SkeletonMappings.OPENPOSE_BODY_25.provides(k), k::toString);
            assertTrue(SkeletonMappings.MEDIAPIPE_33.provides(k), k::toString);
            for (SkeletonMapping bvh : SkeletonMappings.BVH_MAPPINGS) {
                assertTrue(bvh.provides(k), bvh + " " + k);
            }
        }
    }

    @Test
    void h36mMapsOneToOne() {
        LayoutBinding b = SkeletonMappings.H36M_17.bind(SkeletonMappings.H36M_17_JOINTS);
        double[] src = new double[17 * 3];
        for (int i = 0; i < src.length; i++) {
            src[i] = i;
        }
        double[] dst = new double[Keypoint.COUNT * 3];
        boolean[] valid = new boolean[Keypoint.COUNT];
        b.mapFrame(3, src, 0, null, 0, dst, 0, valid, 0);
        for (int i = 0; i < 17 * 3; i++) {
            assertEquals(i, dst[i]);
        }
        assertFalse(valid[Keypoint.RIGHT_TOE.ordinal()]);
        assertTrue(valid[Keypoint.HEAD.ordinal()]);
    }

    @Test
    void derivedKeypointIsMissingWhenAnySourceIsMissingAndTakesTheLowestConfidence() {
        LayoutBinding b = SkeletonMappings.COCO_17.bind(SkeletonMappings.COCO_17_JOINTS);
        double[] xy = new double[17 * 2];
        double[] conf = new double[17];
        java.util.Arrays.fill(conf, 0.9);
        conf[11] = 0.4;
        double[] outXy = new double[Keypoint.COUNT * 2];
        double[] outConf = new double[Keypoint.COUNT];
        b.mapFrame2D(xy, 0, conf, 0, outXy, 0, outConf, 0);
        assertEquals(0.4, outConf[Keypoint.PELVIS.ordinal()]);
        conf[12] = 0;
        b.mapFrame2D(xy, 0, conf, 0, outXy, 0, outConf, 0);
        assertEquals(0, outConf[Keypoint.PELVIS.ordinal()]);
        assertEquals(0, outConf[Keypoint.SPINE.ordinal()]);
        assertEquals(0.9, outConf[Keypoint.LEFT_KNEE.ordinal()]);
    }

    @Test
    void bindingToALayoutWithoutTheJointsNamesThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SkeletonMappings.COCO_17.bind(List.of("nose", "left_hip")));
        assertTrue(e.getMessage().startsWith("skeleton mapping coco17 needs joints [right_hip, right_knee"), e.getMessage());
    }

    @Test
    void weightsMustSumToOne() {
        assertThrows(IllegalArgumentException.class, () -> SkeletonMapping.builder("x")
                .weighted(Keypoint.HEAD, new String[] {"a", "b"}, new double[] {0.5, 0.6}));
    }

    @Test
    void byNameFindsMappingsCaseInsensitively() {
        assertEquals(SkeletonMappings.CC_BASE_BVH, SkeletonMappings.byName("CC_BASE_BVH"));
        assertThrows(IllegalArgumentException.class, () -> SkeletonMappings.byName("smpl"));
    }
}
