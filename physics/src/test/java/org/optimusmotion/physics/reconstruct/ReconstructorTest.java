package org.optimusmotion.physics.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.classic.OptimizerKind;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.synth.SynthNoise;
import org.optimusmotion.physics.synth.SyntheticCase;
import org.optimusmotion.physics.synth.SyntheticCaseGenerator;

class ReconstructorTest {

    private static final double FPS = 30;

    static SyntheticCase walkCase(int frames, long seed) {
        Model m = HumanoidLoader.loadDefault();
        KeypointSequence3D truth = ProceduralMotion.walk(m, FPS, frames);
        return SyntheticCaseGenerator.generate(truth, SyntheticCaseGenerator.camera(truth, 4, 1.2, -90),
                SynthNoise.DEFAULT, seed);
    }

    /**
     * Short windows and budgets. The swing-clearance term is off: the procedural walk slides its feet along
     * the floor with no planted phase, so "fast and low" (swing by the labels) is its ground truth and the
     * clearance prior contradicts it (with it on, MPJPE ends at 55 mm instead of below the input's 41 mm).
     * Fixed windows, so that the tests' window counts do not depend on the walk's speed.
     */
    static ReconstructionConfig small() {
        ReconstructionConfig d = ReconstructionConfig.DEFAULT;
        return d.withSubsteps(10).withWindow(8, 2).withBudget(60, 90).withFootContact(d.weightFootStance(), 0,
                d.footClearanceM()).withWindowPolicy(WindowPolicy.FIXED);
    }

    @Test
    void bfgsLowersTheLossAndTheErrorOfTheNoisyInput() {
        SyntheticCase c = walkCase(14, 5);
        ReconstructionInput input = new ReconstructionInput(c.kinematic(), c.detections(), c.camera());
        ReconstructionResult r = new Reconstructor(small()).run(input, OptimizerKind.BFGS.withDefaults(),
                ReconstructionListener.NONE, () -> false);
        assertEquals(14, r.committedFrames());
        assertEquals(Reconstructor.windowStarts(14, small()).length, r.windows().size());
        for (WindowTrace w : r.windows()) {
            assertTrue(w.finalLoss() < w.losses()[0], "window " + w.window() + " loss " + w.losses()[0] + " -> " + w.finalLoss());
        }
        double before = MotionMetrics.mpjpeMm(c.kinematic(), c.groundTruth());
        double after = MotionMetrics.mpjpeMm(r.simulated(), c.groundTruth());
        double beforeG = MotionMetrics.mpjpeGlobalMm(c.kinematic(), c.groundTruth());
        double afterG = MotionMetrics.mpjpeGlobalMm(r.simulated(), c.groundTruth());
        assertTrue(after < before, "MPJPE " + before + " -> " + after);
    }

    @Test
    void cancellationKeepsFinishedWindows() {
        SyntheticCase c = walkCase(14, 6);
        ReconstructionInput input = new ReconstructionInput(c.kinematic(), c.detections(), c.camera());
        AtomicInteger finished = new AtomicInteger();
        ReconstructionListener listener = new ReconstructionListener() {
            @Override
            public void onWindowFinished(int window, WindowTrace trace) {
                finished.incrementAndGet();
            }
        };
        ReconstructionConfig config = small().withBudget(3, 10);
        ReconstructionResult r = new Reconstructor(config).run(input, OptimizerKind.LBFGS.withDefaults(), listener,
                () -> finished.get() >= 1);
        assertTrue(r.cancelled(), "run reports cancellation");
        assertEquals(1, r.windows().size());
        int[] starts = Reconstructor.windowStarts(14, config);
        assertEquals(starts[1], r.committedFrames(), "frames of the finished window are kept");
        assertEquals(r.committedFrames(), r.jointAngles().length);
    }

    @Test
    void windowsCoverTheSequenceAndEndAtTheLastFrame() {
        ReconstructionConfig config = ReconstructionConfig.DEFAULT.withWindow(10, 3);
        int[] s = Reconstructor.windowStarts(30, config);
        assertEquals(0, s[0]);
        assertEquals(20, s[s.length - 1], "last window ends at the last frame");
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] - s[i - 1] <= config.strideFrames() && s[i] > s[i - 1]);
        }
        assertEquals(1, Reconstructor.windowStarts(7, config).length);
    }
}
