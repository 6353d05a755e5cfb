package org.optimusmotion.app.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

/** STYLE.md rule 9: evaluating the kinematic fit (value and gradient) allocates nothing once warmed up. */
class KinematicFitAllocationTest {

    /** Bytes per evaluation tolerated (the JIT and the bean itself may allocate a few bytes). */
    private static final double MAX_BYTES_PER_EVALUATION = 16;

    @Test
    void evaluationsDoNotAllocate() {
        Model model = HumanoidLoader.loadDefault();
        int frames = 10;
        double[] q = new double[frames * model.dof()];
        for (int f = 0; f < frames; f++) {
            System.arraycopy(model.referencePose(), 0, q, f * model.dof(), model.dof());
        }
        double[] targets = new double[frames * 3 * Keypoint.COUNT];
        KinematicFitProblem problem = new KinematicFitProblem(model, frames, targets, null, 1e-3);
        double[] gradient = new double[problem.dimension()];
        for (int i = 0; i < 2000; i++) {
            problem.evaluate(q, gradient);
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        int n = 1000;
        for (int i = 0; i < n; i++) {
            problem.evaluate(q, gradient);
        }
        double perEvaluation = (bean.getThreadAllocatedBytes(id) - before) / (double) n;
        assertTrue(perEvaluation <= MAX_BYTES_PER_EVALUATION, perEvaluation + " B per evaluation");
    }
}
