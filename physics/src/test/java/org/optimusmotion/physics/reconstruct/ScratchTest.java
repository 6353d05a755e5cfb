package org.optimusmotion.physics.reconstruct;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.classic.OptimizerKind;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.synth.SyntheticCase;

class ScratchTest {
    @Test
    void scratch() {
        SyntheticCase c = ReconstructorTest.walkCase(14, 5);
        ReconstructionInput input = new ReconstructionInput(c.kinematic(), c.detections(), c.camera());
        for (int budget : new int[] {1, 60, 200}) {
            ReconstructionConfig cfg = ReconstructionConfig.DEFAULT.withSubsteps(10).withWindow(8, 2).withBudget(budget, budget * 3L / 2);
            ReconstructionResult r = new Reconstructor(cfg).run(input, OptimizerKind.BFGS.withDefaults(), ReconstructionListener.NONE, () -> false);
            StringBuilder sb = new StringBuilder("budget " + budget + ": ");
            for (WindowTrace w : r.windows()) sb.append(String.format("[%.4g -> %.4g in %d %s] ", w.losses()[0], w.finalLoss(), w.evaluationsUsed(), w.stopReason()));
            sb.append(String.format(" MPJPE %.1f -> %.1f G %.1f -> %.1f PA %.1f -> %.1f skate %.1f -> %.1f %.1fs",
                MotionMetrics.mpjpeMm(c.kinematic(), c.groundTruth()), MotionMetrics.mpjpeMm(r.simulated(), c.groundTruth()),
                MotionMetrics.mpjpeGlobalMm(c.kinematic(), c.groundTruth()), MotionMetrics.mpjpeGlobalMm(r.simulated(), c.groundTruth()),
                MotionMetrics.mpjpePaMm(c.kinematic(), c.groundTruth()), MotionMetrics.mpjpePaMm(r.simulated(), c.groundTruth()),
                MotionMetrics.footSkatePercent(c.kinematic()), MotionMetrics.footSkatePercent(r.simulated()), r.seconds()));
            System.err.println(sb);
        }
    }
}
