package org.optimusmotion.physics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.contact.SoftContact;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.InverseDynamics;
import org.optimusmotion.physics.dynamics.Kinematics;

class HumanoidLoaderTest {

    @Test
    void defaultHumanoidHasTheDocumentedStructure() {
        Model m = HumanoidLoader.loadDefault();
        assertEquals(16, m.segmentCount());
        assertEquals(43, m.dof());
        assertEquals(37, m.actuatorCount());
        assertEquals(70.0, m.totalMassKg(), 1e-9);
        int[] parent = m.parentRef();
        for (int i = 0; i < m.dof(); i++) {
            assertTrue(parent[i] < i, "topological order at link " + i);
        }
        for (String s : List.of("pelvis", "lower_spine", "upper_spine", "head", "left_upper_arm", "left_forearm", "left_hand",
                "right_thigh", "right_shank", "right_foot")) {
            assertTrue(m.segmentIndex(s) >= 0, "segment " + s);
        }
    }

    @Test
    void referencePoseStandsOnTheGround() {
        Model m = HumanoidLoader.loadDefault(new BodyShape(1.62, 55, null));
        SimData d = new SimData(m);
        d.setState(m.referencePose(), new double[m.dof()]);
        Kinematics.forward(m, d);
        InverseDynamics.velocities(m, d);
        SoftContact.forward(m, ContactParameters.DEFAULT, d);
        double lowest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < m.contactCount(); c++) {
            lowest = Math.min(lowest, d.contactGap[c]);
        }
        assertEquals(0.0, lowest, 1e-12);
        Kinematics.keypoints(m, d, d.keypoints, 0);
        double head = d.keypoints[3 * Keypoint.HEAD.ordinal() + 2];
        assertTrue(head > 0.85 * 1.62 && head < 1.62, "head keypoint height " + head + " for a 1.62 m subject");
        assertEquals(55.0, m.totalMassKg(), 1e-9);
    }

    @Test
    void fittedSegmentScalesRecoverKnownBoneLengths() {
        HumanoidLoader.BodyDescription body = HumanoidLoader.readDefault();
        int ns = body.segmentNames().size();
        double[] truth = new double[ns];
        SplittableRandom r = new SplittableRandom(5);
        for (int s = 0; s < ns; s++) {
            truth[s] = r.nextDouble(0.85, 1.15);
        }
        BodyShape subject = new BodyShape(1.8, 80, truth);
        double[] one = HumanoidLoader.referenceKeypoints(body, subject);
        int frames = 5;
        double[] frames5 = new double[frames * one.length];
        for (int f = 0; f < frames; f++) {
            System.arraycopy(one, 0, frames5, f * one.length, one.length);
        }
        frames5[3] = Double.NaN; // a missing detection is skipped
        BodyShape fitted = SegmentLengthFitter.fit(body, new BodyShape(1.8, 80, null), frames5, frames);
        for (SegmentLengthFitter.Bone b : SegmentLengthFitter.BONES) {
            int s = body.segmentNames().indexOf(b.segment());
            assertEquals(truth[s], fitted.segmentScale(s), 1e-9, b.segment());
        }
        assertEquals(1.0, fitted.segmentScale(body.segmentNames().indexOf("lower_spine")), 0.0);
        // and the fitted model really has those lengths
        Model m = HumanoidLoader.build(body, fitted);
        assertEquals(43, m.dof());
    }

    @Test
    void badFilesAreRejectedWithTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("body.json");
        Files.writeString(f, "{\"format\": \"optimus-motion-body\", \"version\": 7, \"segments\": []}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HumanoidLoader.read(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("version"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BodyShape(3.5, 70, null));
        assertThrows(IllegalArgumentException.class, () -> new ContactParameters(-1, 1, 1e-3, 0.9, 0.2));
    }
}
